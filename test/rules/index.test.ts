import { describe, expect, it } from 'vitest';
import { rules } from '../../src/validate/rules/index.js';

describe('the rule list', () => {
  it('has unique hierarchical ids, like the ones lint output and SARIF cite', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives every rule a one-line description and a severity', () => {
    for (const rule of rules) {
      expect(rule.description, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(rule.description, rule.id).not.toContain('\n');
      expect(['error', 'warning'], rule.id).toContain(rule.severity);
    }
  });
});
