// Hostile input that once hung or leaked: each case minimal, run through the CLI within a generous time limit.
import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, populate, scratchDir } from './harness.js';

const claimFile = (source: string, claim: string) => `source:
  outlet: Test Wire
  title: A test
  published: 2020-02-13
  url: https://example.org/a
${source}claims:
  - id: a
    about: number killed
    says: 1
${claim}`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the engine on hostile input', () => {
  it('cross-checks a claim whose `by` holds 100,000 spaces within seconds', async () => {
    dir = scratchDir('spaces');
    populate(dir, { 'a.yaml': claimFile('', `    by: "a${' '.repeat(100_000)}b"\n    quote: q\n`) });
    const ran = await cli(['check', '.', '--format', 'json'], dir);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout).summary.claims).toBe(1);
  }, 20_000);
});

describe('archive texts that are not regular files, or lead elsewhere', () => {
  it('reports an archive that is a named pipe as unreadable, never waits on it', async () => {
    dir = scratchDir('fifo-archive');
    populate(dir, { 'articles/a.txt': { fifo: true }, 'claims/a.yaml': claimFile('  archive: ../articles/a.txt\n', '    quote: q\n') });
    const ran = await cli(['lint', '.', '--format', 'json'], dir);
    expect(ran.code).toBe(1);
    const [problem] = JSON.parse(ran.stdout).diagnostics;
    expect(problem).toMatchObject({ file: 'claims/a.yaml', rule: 'quote/archive-missing', line: 6 });
    expect(problem.message).toMatch(/not a regular file/);
  }, 20_000);

  it('refuses, unread, an archive that is a link to a file outside the corpus', async () => {
    dir = scratchDir('link-archive');
    const outside = scratchDir('private');
    try {
      populate(outside, { 'token.txt': 'SECRET-TOKEN-123 number killed\n' });
      populate(dir, {
        'articles/a.txt': { link: path.join(outside, 'token.txt') },
        'claims/a.yaml': claimFile('  archive: ../articles/a.txt\n', '    quote: SECRET number killed\n'),
      });
      const ran = await cli(['lint', 'claims', '--format', 'json'], dir);
      expect(ran.code).toBe(1);
      expect(ran.stdout).not.toContain('SECRET-TOKEN');
      const [problem] = JSON.parse(ran.stdout).diagnostics;
      expect(problem).toMatchObject({ rule: 'quote/archive-missing' });
      expect(problem.message).toMatch(/outside the corpus/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }, 20_000);

  it('still reads an archive beside the claim files from any working directory', async () => {
    dir = scratchDir('beside');
    populate(dir, { 'corpus/articles/a.txt': 'one person was killed\n', 'corpus/claims/a.yaml': claimFile('  archive: ../articles/a.txt\n', '    quote: one person was killed\n') });
    const ran = await cli(['lint', path.join(dir, 'corpus'), '--format', 'json'], homedir());
    expect(JSON.parse(ran.stdout).diagnostics).toEqual([]);
    expect(ran.code).toBe(0);
  }, 20_000);
});
