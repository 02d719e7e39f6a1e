import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../src/eval/generate.js';
import { layoutClaimFile } from '../../../src/eval/yaml-writer.js';
import { readFastYaml } from '../../../src/parse/fast/fast-yaml.js';
import { lineDifferences } from './differential.js';

describe('the lines the fast YAML reader records for the claim-file model', () => {
  it('are the lines the generator wrote each part on: the source key, each event and each claim', () => {
    for (const [i, file] of generateCorpus({ seed: 2, events: 30 }).files.entries()) {
      const layout = layoutClaimFile(file, i % 2 === 0 ? 'a comment line first' : undefined);
      const fast = readFastYaml(layout.text)!;
      expect(fast.lineOf(['source'], 'key')).toBe(layout.sourceLine);
      expect(layout.eventLines.map((_, k) => fast.lineOf(['events', k]))).toEqual(layout.eventLines);
      expect(layout.claimLines.map((_, k) => fast.lineOf(['claims', k]))).toEqual(layout.claimLines);
    }
  });

  it("are where the full path's locate puts them, items written after a bare dash and comments included", () => {
    const text =
      '# head\n\nsource:\n  outlet: SANA\nevents:\n-\n  # the event\n  id: e\n- id: f\nclaims:\n  - # first\n    id: a\n  -   id: b\n    \n  - id: c\n';
    const fast = readFastYaml(text)!;
    expect(lineDifferences(text, fast)).toEqual([]);
    expect([fast.lineOf(['source'], 'key'), fast.lineOf(['events', 0]), fast.lineOf(['events', 1])]).toEqual([3, 8, 9]);
    expect([0, 1, 2].map((k) => fast.lineOf(['claims', k]))).toEqual([12, 13, 15]);
  });

  it('leave every other question unanswered, for the full path to answer', () => {
    const fast = readFastYaml('source:\n  outlet: SANA\nclaims:\n  - id: a\n  -\nevents: [a]\n')!;
    expect(fast.lineOf(['claims', 0, 'id'])).toBeUndefined();
    expect(fast.lineOf(['source'])).toBeUndefined();
    expect(fast.lineOf(['claims', 1])).toBeUndefined();
    expect(fast.lineOf(['events', 0])).toBeUndefined();
  });
});
