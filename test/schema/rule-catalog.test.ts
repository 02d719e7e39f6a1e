import { describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/validate/rule-catalog.js';
import { rules } from '../../src/validate/rules/index.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { readSchema, SCHEMAS } from '../../src/schema/schema-files.js';
import { buildLocationIndex, locator } from '../../src/parse/location-index.js';
import type { SchemaNode } from '../../src/validate/schema-at-path.js';
import { schemaDiagnostics } from '../../src/validate/schema-diagnostics.js';
import { validateClaimFile } from '../../src/validate/schema.js';

describe('allRuleMeta', () => {
  const catalogue = allRuleMeta();
  const ids = catalogue.map((rule) => rule.id);

  it('lists each rule once, sorted by id, each with a severity and a one-line description', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const rule of catalogue) {
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.description).toMatch(/^\S.*[^\s]$/);
      expect(rule.description).not.toContain('\n');
    }
  });

  it('includes every lint rule with its own metadata', () => {
    for (const rule of rules) expect(catalogue).toContainEqual({ id: rule.id, severity: rule.severity, description: rule.description });
  });

  it('includes whatever parsing and the schema report for a file full of mistakes', () => {
    const texts = [
      'a: 1\na: 2\n',
      'a: !tag x\n',
      'source:\n  outlet: [x]\n  published: 13 Feb\n  url: nope\n  language: x!\n  extra: 1\nclaims: []\n',
      'claims:\n  - id: A\n    says: {}\n',
    ];
    const schema = readSchema(SCHEMAS.claimFile) as SchemaNode;
    for (const text of texts) {
      const parsed = parseYaml(text, 'x.yaml');
      const found = [...parsed.diagnostics];
      if (parsed.value !== undefined) {
        const locate = locator(buildLocationIndex(parsed.doc!, parsed.lineCounter));
        found.push(...schemaDiagnostics({ file: 'x.yaml', value: parsed.value, schema, issues: validateClaimFile(parsed.value), locate }));
      }
      expect(found.length).toBeGreaterThan(0);
      for (const d of found) {
        expect(ids, d.rule).toContain(d.rule);
        expect(catalogue.find((rule) => rule.id === d.rule)?.severity, d.rule).toBe(d.severity);
      }
    }
  });
});
