import { describe, expect, it } from 'vitest';
import { parseClaimDate } from '../../src/model/claim-date.js';
import { parsedDate } from '../../src/validate/parsed-date.js';

describe('parsedDate', () => {
  const written: (string | number)[] = ['2020-02-13', '2020-02', 2020, '2020', ' 2020-02-13 ', '2020-01-18/2020-01-22', '2020-02-30', '2020-13', '2020-03-05/2020-03-01', 'last week', '2020/2021/2022'];

  it('reads every date as parseClaimDate does, asked once or many times, in any order', () => {
    for (const value of [...written, ...written.slice().reverse(), ...written]) expect(parsedDate(value)).toEqual(parseClaimDate(value));
  });

  it('tells a year written as a number from text that only looks like it', () => {
    expect(parsedDate(2020)).toMatchObject({ text: '2020', precision: 'year' });
    expect(parsedDate('2020 ')).toMatchObject({ text: '2020', precision: 'year' });
    expect(parsedDate('2O20')).toEqual({ kind: 'format', text: '2O20' });
  });

  it('still throws, and remembers nothing, for a value that is not a date at all (a shape the schema rejects)', () => {
    expect(() => parsedDate({} as unknown as string)).toThrow();
    expect(() => parsedDate({} as unknown as string)).toThrow();
  });
});
