import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/bench/table.js';
import { medianOf } from '../../src/bench/measure.js';

describe('formatTable', () => {
  it('aligns the columns, names each corpus once, and shows ratios, growth and timeouts', () => {
    const table = formatTable([
      { group: '10k claims', files: 2206, claims: 9969, command: 'floor', wallMs: 2500, ratio: 1, cpuMs: 2600, peakMb: 70.4 },
      { group: '10k claims', files: 2206, claims: 9969, command: 'check', wallMs: 3250, ratio: 1.3, cpuMs: 5100, peakMb: 180 },
      { group: '100k claims', files: 21844, claims: 97968, command: 'check', wallMs: 31_000, ratio: 1.24, cpuMs: 52_000, peakMb: 512, growth: 9.54 },
      { group: 'worst case', command: 'check', note: '> 600 s' },
    ]);
    expect(table.split('\n')).toEqual([
      'corpus        files  claims  command   wall s  ratio  cpu s  peak MB  growth',
      '10k claims    2,206   9,969  floor      2.500  1.00×  2.600       70',
      '                             check      3.250  1.30×  5.100      180',
      '100k claims  21,844  97,968  check       31.0  1.24×   52.0      512   9.54×',
      'worst case                   check    > 600 s',
      '',
    ]);
  });
});

describe('medianOf', () => {
  it('takes the median of each measure on its own', () => {
    const runs = [
      { wallMs: 3, cpuMs: 10, peakMb: 5 },
      { wallMs: 1, cpuMs: 30, peakMb: 6 },
      { wallMs: 2, cpuMs: 20, peakMb: 4 },
    ];
    expect(medianOf(runs)).toEqual({ wallMs: 2, cpuMs: 20, peakMb: 5 });
    expect(medianOf(runs.slice(0, 2))).toEqual({ wallMs: 2, cpuMs: 20, peakMb: 5.5 });
  });
});
