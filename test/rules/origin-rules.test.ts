import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { claimViaRepeats } from '../../src/validate/rules/claim-via-repeats.js';
import { claimViaWithoutBy } from '../../src/validate/rules/claim-via-without-by.js';
import { quoteUnhedged } from '../../src/validate/rules/quote-unhedged.js';
import { runRule, SOURCE } from './harness.js';

/** A file whose one claim has the given extra fields (YAML lines at claim indentation). */
function oneClaim(fields: string): string {
  return `${SOURCE}claims:\n  - id: patrol\n    about: joint patrols\n    says: true\n${fields}\n`;
}

describe('claim/via-without-by', () => {
  it('warns on via when by is missing: the origin would silently be the outlet', () => {
    const [d, ...rest] = runRule(claimViaWithoutBy, oneClaim('    via: [Al-Monitor]'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'claim/via-without-by', severity: 'warning', line: 10, column: 10 });
    expect(d.message).toContain('came via "Al-Monitor" but has no `by`');
    expect(d.message).toContain('"Valley Herald"');
  });

  it('warns on by when it names the outlet itself, whatever the case', () => {
    const [d] = runRule(claimViaWithoutBy, oneClaim('    by: valley herald\n    via: [Al-Monitor]'));
    expect(d).toMatchObject({ line: 10, column: 9 });
    expect(d.message).toContain("is by the article's own outlet");
  });

  it('accepts via with another origin, and by alone', () => {
    expect(runRule(claimViaWithoutBy, oneClaim('    by: SOHR\n    via: [Al-Monitor]'))).toEqual([]);
    expect(runRule(claimViaWithoutBy, oneClaim('    by: SOHR'))).toEqual([]);
    expect(runRule(claimViaWithoutBy, oneClaim('    via: []'))).toEqual([]);
  });
});

describe('claim/via-repeats', () => {
  it('warns on each via entry that repeats by, the outlet or an earlier entry', () => {
    const found = runRule(claimViaRepeats, oneClaim('    by: SOHR\n    via:\n      - sohr\n      - Al-Monitor\n      - Valley Herald\n      - al-monitor'));
    expect(found.map((d) => d.line)).toEqual([12, 14, 15]);
    expect(found[0].message).toContain('lists "sohr", which is the claim\'s origin');
    expect(found[1].message).toContain("lists \"Valley Herald\", which is this article's own outlet");
    expect(found[2].message).toContain('lists "al-monitor", which is an earlier `via` entry');
  });

  it('recognises an alias of the origin', () => {
    const config = { ...emptyConfig(), aliases: { SOHR: ['Syrian Observatory for Human Rights'] } };
    const found = runRule(claimViaRepeats, oneClaim('    by: SOHR\n    via: [Syrian Observatory for Human Rights]'), undefined, config);
    expect(found).toHaveLength(1);
  });

  it('accepts a chain of distinct intermediaries', () => {
    expect(runRule(claimViaRepeats, oneClaim('    by: SOHR\n    via: [Al-Monitor, Reuters]'))).toEqual([]);
  });
});

describe('quote/unhedged', () => {
  it('warns on hedged: false when the quote says "reportedly"', () => {
    const [d, ...rest] = runRule(quoteUnhedged, oneClaim('    quote: One man was Reportedly killed\n    hedged: false'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'quote/unhedged', severity: 'warning', line: 11, column: 13 });
    expect(d.message).toContain('its quote says "reportedly"');
  });

  it('finds "is said to" across a line break of the quote', () => {
    const found = runRule(quoteUnhedged, oneClaim('    quote: >-\n      the patrol is\n      said to have fired first\n    hedged: false'));
    expect(found).toHaveLength(1);
  });

  it('leaves detection alone when hedged is unset or true, and weak cues overridden by false', () => {
    expect(runRule(quoteUnhedged, oneClaim('    quote: the man was allegedly a fighter'))).toEqual([]);
    expect(runRule(quoteUnhedged, oneClaim('    quote: the man was allegedly a fighter\n    hedged: true'))).toEqual([]);
    expect(runRule(quoteUnhedged, oneClaim('    quote: according to SANA, the man was a civilian\n    hedged: false'))).toEqual([]);
    expect(runRule(quoteUnhedged, oneClaim('    quote: SANA said to reporters that the man was a civilian\n    hedged: false'))).toEqual([]);
  });
});
