import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { claimDuplicate } from '../../src/validate/rules/claim-duplicate.js';
import { claimEmpty } from '../../src/validate/rules/claim-empty.js';
import { eventMissingDate } from '../../src/validate/rules/event-missing-date.js';
import { quoteMissing } from '../../src/validate/rules/quote-missing.js';
import { sourceMissingUrl } from '../../src/validate/rules/source-missing-url.js';
import { sourceUrlScheme } from '../../src/validate/rules/source-url-scheme.js';
import { runRule, SOURCE } from './harness.js';

describe('claim/empty', () => {
  it('reports a blank about and an empty says, each on its value', () => {
    const text = `${SOURCE}claims:
  - id: a
    about: "   "
    says: ""
  - id: b
    about: number killed
    says: "\u00a0\u200b"
`;
    const found = runRule(claimEmpty, text);
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [8, 12],
      [9, 11],
      [12, 11],
    ]);
    expect(found[0]).toMatchObject({ rule: 'claim/empty', severity: 'error' });
    expect(found[0].message).toContain('empty `about`');
    expect(found[0].message).toContain('Example: about: identity of the man killed');
    expect(found[1].message).toContain('empty `says`');
  });

  it('accepts numbers, booleans and text answers', () => {
    const text = `${SOURCE}claims:\n  - { id: a, about: killed, says: 0 }\n  - { id: b, about: patrols, says: false }\n  - { id: c, about: who, says: NDF }\n`;
    expect(runRule(claimEmpty, text)).toEqual([]);
  });
});

describe('quote/missing', () => {
  it('warns on the claim that has no quote, and on an empty one', () => {
    const text = `${SOURCE}claims:
  - id: no-quote
    about: number killed
    says: 1
  - id: blank-quote
    about: number killed
    says: 1
    quote: ""
  - id: quoted
    about: number killed
    says: 1
    quote: one person was killed
`;
    const found = runRule(quoteMissing, text);
    expect(found.map((d) => d.line)).toEqual([7, 13]);
    expect(found[0]).toMatchObject({ rule: 'quote/missing', severity: 'warning' });
    expect(found[0].message).toContain('claim "no-quote" has no `quote`');
    expect(found[1].message).toContain('claim "blank-quote" has an empty `quote`');
  });
});

describe('source/missing-url', () => {
  it('warns on the source key when there is no url', () => {
    const [d, ...rest] = runRule(sourceMissingUrl, `${SOURCE.replace(/ {2}url:.*\n/, '')}claims:\n  - { id: a, about: x, says: y }\n`);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'source/missing-url', severity: 'warning', line: 1, column: 1, endColumn: 7 });
    expect(d.message).toContain('Example: url: https://');
  });

  it('is quiet when the url is there', () => {
    expect(runRule(sourceMissingUrl, `${SOURCE}claims:\n  - { id: a, about: x, says: y }\n`)).toEqual([]);
  });
});

describe('source/url-scheme', () => {
  it('warns on an address that is not a web address', () => {
    for (const url of ['ftp://example.org/a.txt', 'javascript:alert(1)', 'www.example.org/article']) {
      const found = runRule(sourceUrlScheme, `${SOURCE.replace(/url: .*/, `url: "${url}"`)}claims:\n  - { id: a, about: x, says: y }\n`);
      expect(found, url).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: 5, column: 8 });
      expect(found[0].message).toContain(`found "${url}"`);
    }
  });

  it('accepts http and https in any case', () => {
    for (const url of ['https://example.org/a', 'HTTP://example.org/a']) {
      expect(runRule(sourceUrlScheme, `${SOURCE.replace(/url: .*/, `url: ${url}`)}claims:\n  - { id: a, about: x, says: y }\n`)).toEqual([]);
    }
  });
});

describe('event/missing-date', () => {
  it('warns on an event with neither date nor key, at its first line', () => {
    const text = `${SOURCE}events:
  - id: clash
    title: Clash at a checkpoint
  - id: strike
    title: Airstrike
    key: khirbet-amo-airstrike
  - id: patrol
    title: Patrol
    date: 2020-02
claims:
  - { id: a, event: clash, about: x, says: y }
`;
    const [d, ...rest] = runRule(eventMissingDate, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'event/missing-date', severity: 'warning', line: 7 });
    expect(d.message).toContain('event "clash" has no date');
  });
});

describe('claim/duplicate', () => {
  const claims = (second: string) => `${SOURCE}events:
  - { id: clash, title: Clash, date: 2020-02-12 }
claims:
  - id: first
    event: clash
    about: Number killed
    says: one
    by: SANA
  - id: second
${second}
`;

  it('warns on a later claim with the same event, about, says and origin, folding case and spacing', () => {
    const [d, ...rest] = runRule(claimDuplicate, claims('    event: clash\n    about: number  killed\n    says: One\n    by: sana'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'claim/duplicate', severity: 'warning', line: 14 });
    expect(d.message).toContain('claim "second" repeats claim "first" (line 9)');
  });

  it('treats an alias of the origin as the same origin', () => {
    const config = { ...emptyConfig(), aliases: { SANA: ['Syrian Arab News Agency'] } };
    const text = claims('    event: clash\n    about: number killed\n    says: one\n    by: Syrian Arab News Agency');
    expect(runRule(claimDuplicate, text, undefined, config)).toHaveLength(1);
  });

  it('keeps claims apart that differ in origin, answer or event', () => {
    expect(runRule(claimDuplicate, claims('    event: clash\n    about: number killed\n    says: one\n    by: SOHR'))).toEqual([]);
    expect(runRule(claimDuplicate, claims('    event: clash\n    about: number killed\n    says: two\n    by: SANA'))).toEqual([]);
    expect(runRule(claimDuplicate, claims('    about: number killed\n    says: one\n    by: SANA'))).toEqual([]);
  });

  it('keeps claims apart whose fields would read alike run together', () => {
    // "number killed" + "one" against "number" + "killed one": the same words, split differently.
    expect(runRule(claimDuplicate, claims('    event: clash\n    about: Number\n    says: killed one\n    by: SANA'))).toEqual([]);
    expect(runRule(claimDuplicate, claims('    event: clash\n    about: Number killed\n    says: one\n    by: "SANA "'))).toHaveLength(1);
    expect(runRule(claimDuplicate, claims('    event: clash\n    about: Number killed\n    says: oneSANA\n    by: ""'))).toEqual([]);
  });

  it('takes a number and the same number written as text for one answer', () => {
    const text = claims('    event: clash\n    about: number killed\n    says: "1"\n    by: SANA').replace('says: one', 'says: 1');
    expect(runRule(claimDuplicate, text)).toHaveLength(1);
  });

  it('counts a claim without by as the outlet\'s own', () => {
    const text = claims('    event: clash\n    about: number killed\n    says: one').replace('by: SANA', 'by: Valley Herald');
    expect(runRule(claimDuplicate, text)).toHaveLength(1);
  });
});
