import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMAS, VALIDATOR_EXPORT } from '../../src/schema/schema-files.js';
import { standaloneValidatorSource } from '../../src/schema/standalone.js';
import { validateClaimFile, validateConfig, type SchemaIssue } from '../../src/validate/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-precompiled-'));
// The generated code requires Ajv's runtime from beside itself, as it does inside the installed package.
symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Validator = ((value: unknown) => boolean) & { errors?: SchemaIssue[] | null };

/** Writes the build's precompiled module for a schema and requires it, as the built CLI does. */
function precompiled(entry: (typeof SCHEMAS)[keyof typeof SCHEMAS]): (value: unknown) => SchemaIssue[] {
  const path = join(dir, entry.compiled);
  writeFileSync(path, standaloneValidatorSource(entry));
  const validate = (createRequire(path)(path) as Record<string, Validator>)[VALIDATOR_EXPORT];
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message })));
}

const CLAIM_FILES: unknown[] = [
  { source: { outlet: 'A', title: 'B', published: '2020-02-13', url: 'https://example.org' }, claims: [{ id: 'a', about: 'b', says: 1 }] },
  { source: { outlet: 'A', title: 'B', published: '13 Feb', url: 'not a url', language: 'english!' }, claims: [] },
  { source: null, claims: [{ id: 'A_b', says: [1], qoute: 'x' }], events: [{ id: 'e', title: 't', date: 20200 }] },
  [],
  null,
];

const CONFIGS: unknown[] = [
  { aliases: { A: ['b'] }, topics: { t: { multi: true } }, compatible: [['a', 'b']], dateTolerance: 1, maxFileSize: 10 },
  { aliases: { A: [''] }, compatible: [['a']], dateTolerance: -1, extra: 1 },
];

describe('the precompiled validators (what `npm run build` writes to dist/schema/)', () => {
  it('load as CommonJS modules and report exactly what the runtime-compiled validators report', () => {
    const claimFile = precompiled(SCHEMAS.claimFile);
    for (const value of CLAIM_FILES) expect(claimFile(value)).toEqual(validateClaimFile(value));
    const config = precompiled(SCHEMAS.config);
    for (const value of CONFIGS) expect(config(value)).toEqual(validateConfig(value));
    expect(claimFile(CLAIM_FILES[1]).length).toBeGreaterThan(2);
  });
});
