import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ruleDescriptors, ruleName } from '../../../src/render/lint/sarif-rules.js';
import { diag, RULES } from './sample-results.js';

// The multitool's test for a friendly rule name (SARIF2012).
const PASCAL = /^(\p{Lu}[\p{Ll}\p{Nd}]+)*$/u;

describe('ruleName', () => {
  it('turns hierarchical ids into Pascal identifiers', () => {
    expect(ruleName('schema/required')).toBe('SchemaRequired');
    expect(ruleName('yaml/DUPLICATE_KEY')).toBe('YamlDuplicateKey');
    expect(ruleName('ref/unknown-event')).toBe('RefUnknownEvent');
    expect(ruleName('quote/not-in-archive')).toBe('QuoteNotInArchive');
  });

  it('joins one-letter and digit-led words to a neighbour so each word has a capital and more', () => {
    expect(ruleName('a/b')).toBe('Ab');
    expect(ruleName('date/2-digit')).toBe('Date2Digit');
    expect(ruleName('x')).toBe('Xrule');
    expect(ruleName('9')).toBe('Rule9');
  });

  it('never returns the id itself', () => {
    expect(ruleName('Schema')).toBe('SchemaRule');
  });

  it('gives a non-empty Pascal identifier different from the id, for any id', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const name = ruleName(id);
        expect(name).toMatch(PASCAL);
        expect(name).not.toBe('');
        expect(name).not.toBe(id);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ruleDescriptors', () => {
  it('keeps the catalogue order and indexes every rule', () => {
    const { rules, indexOf } = ruleDescriptors(RULES, []);
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    RULES.forEach((rule, i) => expect(indexOf.get(rule.id)).toBe(i));
  });

  it('keeps the first of two catalogue entries with one id', () => {
    const { rules } = ruleDescriptors([...RULES, { ...RULES[0], description: 'a duplicate' }], []);
    expect(rules).toHaveLength(RULES.length);
    expect(rules[0].shortDescription.text).toBe('A key appears twice in one mapping.');
  });

  it('appends rules only diagnostics name, sorted, with the severity they were reported at', () => {
    const { rules, indexOf } = ruleDescriptors(RULES, [
      diag({ file: 'a.yaml', line: 1, column: 1, rule: 'z/late', severity: 'warning' }),
      diag({ file: 'a.yaml', line: 2, column: 1, rule: 'file/empty' }),
    ]);
    expect(rules.slice(RULES.length).map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['file/empty', 'error'],
      ['z/late', 'warning'],
    ]);
    expect(indexOf.get('z/late')).toBe(RULES.length + 1);
  });
});
