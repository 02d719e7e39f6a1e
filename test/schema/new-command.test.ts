import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newCommand, schemaHintFor } from '../../src/cli/commands/new-command.js';
import { UsageError, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';

const root = mkdtempSync(join(tmpdir(), 'claimcheck-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function io(cwd: string) {
  const out: string[] = [];
  const value: Io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, cwd, env: {} };
  return { io: value, out };
}

/** The `$schema=` path of a claim file's first line, resolved against the file's directory. */
function schemaOf(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0];
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(match, first).not.toBeNull();
  return resolve(dirname(file), match![1]);
}

describe('claimcheck new', () => {
  it('writes a template, creating parent directories, with an editor schema hint that resolves to the schema', async () => {
    const run = io(root);
    expect(await newCommand('corpus/claims/rudaw-2020-01-21.yaml', {}, run.io)).toBe(0);
    const file = join(root, 'corpus/claims/rudaw-2020-01-21.yaml');
    expect(schemaOf(file)).toMatch(/claim-file\.schema\.json$/);
    expect(existsSync(schemaOf(file))).toBe(true);
    expect(run.out.join('')).toContain('created corpus/claims/rudaw-2020-01-21.yaml');
    expect(readdirSync(dirname(file))).toEqual(['rudaw-2020-01-21.yaml']);
  });

  it('writes a template whose only problems are its placeholders, each flagged until it is filled in', async () => {
    await newCommand('lintable/claims/x-2020-02-13.yaml', {}, io(root).io);
    const path = join(root, 'lintable/claims/x-2020-02-13.yaml');
    const result = await lintCorpus(['lintable'], { cwd: root });
    const rules = new Set(result.diagnostics.map((d) => d.rule));
    expect(rules).toEqual(new Set(['template/placeholder', 'source/missing-url']));
    const placeholderLines = readFileSync(path, 'utf8').split('\n').flatMap((line, i) => (/^[^#]*:\s*\[?TODO\b/.test(line) ? [i + 1] : []));
    expect(result.diagnostics.filter((d) => d.rule === 'template/placeholder').map((d) => d.line)).toEqual(placeholderLines);
    // Filled in, the same file lints clean but for the missing url and enters the cross-check.
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\bTODO\b/g, 'filled in'));
    const filled = await lintCorpus(['lintable'], { cwd: root });
    expect(filled.diagnostics.map((d) => d.rule)).toEqual(['source/missing-url']);
    expect(filled.claimFiles).toHaveLength(1);
  });

  it('refuses to overwrite an existing file, and leaves it as it was', async () => {
    const path = join(root, 'existing.yaml');
    writeFileSync(path, 'my work\n');
    await expect(newCommand('existing.yaml', {}, io(root).io)).rejects.toThrow(UsageError);
    await expect(newCommand('existing.yaml', {}, io(root).io)).rejects.toThrow(/already exists.*--force/);
    expect(readFileSync(path, 'utf8')).toBe('my work\n');
  });

  it('overwrites with --force, leaving no temporary file behind', async () => {
    const dir = join(root, 'forced');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), 'old\n');
    expect(await newCommand('forced/a.yaml', { force: true }, io(root).io)).toBe(0);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('points editors at the project\'s installed claimcheck when there is one above the file', () => {
    const project = join(root, 'project');
    const installed = join(project, 'node_modules/claimcheck/src/schema/claim-file.schema.json');
    mkdirSync(dirname(installed), { recursive: true });
    writeFileSync(installed, '{}');
    mkdirSync(join(project, 'data/claims'), { recursive: true });
    expect(schemaHintFor(join(project, 'data/claims'))).toBe('../../node_modules/claimcheck/src/schema/claim-file.schema.json');
  });

  it('refuses a missing file name as a usage error', async () => {
    await expect(newCommand('', {}, io(root).io)).rejects.toThrow(UsageError);
  });

  it('exits 0 when it writes, and 2 with a message when the file exists (through the CLI)', async () => {
    const first = io(root);
    expect(await run(['new', 'cli/a.yaml'], first.io)).toBe(0);
    const second = io(root);
    expect(await run(['new', 'cli/a.yaml'], second.io)).toBe(2);
    expect(second.out.join('')).toMatch(/^claimcheck: cli\/a\.yaml already exists/);
    expect(await run(['new', 'cli/a.yaml', '--force'], io(root).io)).toBe(0);
  });
});
