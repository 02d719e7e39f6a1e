import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/validate/rule-catalog.js';
import { VERSION } from '../../src/version.js';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('README', () => {
  it('documents every rule id a diagnostic can carry (SARIF helpUri points at its Rules section)', () => {
    expect(readme).toMatch(/^## Rules$/m);
    const undocumented = allRuleMeta().filter((rule) => !readme.includes(`| \`${rule.id}\` | ${rule.severity} |`));
    expect(undocumented.map((rule) => rule.id)).toEqual([]);
  });

  it('gives the two-command quick start', () => {
    expect(readme).toContain('npm install && npm start\nnpm test\n');
  });
});

describe('package', () => {
  it('reports the version package.json declares', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('declares Node.js 20 and a start script that checks the bundled corpus', () => {
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.scripts.start).toMatch(/claimcheck\.js check data$/);
  });
});
