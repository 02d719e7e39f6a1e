import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verdict } from './differential.js';

const SUITE = fileURLToPath(new URL('../../fixtures/yaml-test-suite/', import.meta.url));

/** Every case folder of the official suite (a case with several parts has one folder per part). */
function caseFolders(dir: string): string[] {
  if (existsSync(join(dir, 'in.yaml'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => caseFolders(join(dir, name)));
}

const cases = caseFolders(SUITE).map((dir) => ({
  id: dir.slice(SUITE.length),
  text: readFileSync(join(dir, 'in.yaml'), 'utf8'),
  error: existsSync(join(dir, 'error')),
}));

describe('the fast YAML reader on the official YAML test suite', () => {
  const verdicts = cases.map((c) => ({ ...c, verdict: verdict(c.text) }));

  it('reads every case the way the full path does, or declines it', () => {
    expect(cases).toHaveLength(402);
    const wrong = verdicts.filter((c) => c.verdict.kind === 'wrong').map((c) => `${c.id}: ${JSON.stringify(c.verdict)}`);
    expect(wrong).toEqual([]);
  });

  it('declines every error case', () => {
    expect(verdicts.filter((c) => c.error && c.verdict.kind !== 'declined').map((c) => c.id)).toEqual([]);
  });

  it('takes the plain block-style cases, one-line flow collections of scalars among them: 51 of the 308 valid ones', () => {
    // Most valid cases show off what claim files never use (anchors, tags, nested or multi-line flow collections, complex keys…).
    expect(verdicts.filter((c) => c.verdict.kind === 'same')).toHaveLength(51);
  });
});
