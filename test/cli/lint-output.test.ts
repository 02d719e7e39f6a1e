import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-lint-'));
  for (const corpus of ['errors', 'broken-config']) cpSync(path.join(FIXTURES, corpus), path.join(dir, corpus), { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('claimcheck lint --output', () => {
  it('writes the report to the file instead of stdout, exactly as stdout would have had it', async () => {
    const toStdout = fakeIo(dir);
    const toFile = fakeIo(dir);
    expect(await run(['lint', 'errors', '--format', 'sarif'], toStdout)).toBe(1);
    mkdirSync(path.join(dir, 'out'));
    expect(await run(['lint', 'errors', '--format', 'sarif', '--output', 'out/report.sarif'], toFile)).toBe(1);
    expect(toFile.out()).toBe('');
    expect(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')).toBe(toStdout.out());
  });

  it('leaves no temporary file beside the report', async () => {
    await run(['lint', 'errors', '-o', 'report.txt'], fakeIo(dir));
    expect(readdirSync(dir).sort()).toEqual(['broken-config', 'errors', 'report.txt']);
  });

  it('does not colour a file, even when the environment forces colour, unless --color is given', async () => {
    await run(['lint', 'errors', '-o', 'plain.txt'], fakeIo(dir, { FORCE_COLOR: '1' }));
    expect(readFileSync(path.join(dir, 'plain.txt'), 'utf8')).not.toContain('\u001b');
    await run(['lint', 'errors', '-o', 'coloured.txt', '--color'], fakeIo(dir));
    expect(readFileSync(path.join(dir, 'coloured.txt'), 'utf8')).toContain('\u001b[31m');
  });

  it.each(['errors/hostile.yaml', 'errors/claimcheck.yaml'])('refuses to write over an input (%s), exit 2', async (target) => {
    const before = readFileSync(path.join(dir, target), 'utf8');
    const io = fakeIo(dir);
    expect(await run(['lint', 'errors', '-o', target], io)).toBe(2);
    expect(readFileSync(path.join(dir, target), 'utf8')).toBe(before);
    expect(io.err()).toMatch(/^claimcheck: .+\n$/);
    expect(io.out()).toBe('');
  });

  it('refuses to write over the archive text a claim file quotes, exit 2', async () => {
    mkdirSync(path.join(dir, 'archived'));
    const archive = path.join(dir, 'archived', 'article.txt');
    writeFileSync(archive, 'Officials said the US patrol came under small arms fire near the village.\n');
    writeFileSync(
      path.join(dir, 'archived', 'rudaw-2020-02-12.yaml'),
      [
        'source:',
        '  outlet: Rudaw',
        '  title: US troops exchange fire near Qamishli',
        '  published: 2020-02-12',
        '  url: https://www.rudaw.net/english/example',
        '  archive: article.txt',
        'claims:',
        '  - id: patrol-fired-on',
        '    about: US patrol came under fire',
        '    says: true',
        '    quote: the US patrol came under small arms fire',
        '',
      ].join('\n'),
    );
    expect(await run(['lint', 'archived'], fakeIo(dir))).toBe(0);
    expect(await run(['lint', 'archived', '-o', 'archived/article.txt'], fakeIo(dir))).toBe(2);
    expect(readFileSync(archive, 'utf8')).toMatch(/^Officials said/);
  });

  it('writes a broken configuration’s diagnostics to the file, then exits 2', async () => {
    const io = fakeIo(dir);
    expect(await run(['lint', 'broken-config', '--format', 'json', '-o', 'report.json'], io)).toBe(2);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.diagnostics.every((d: { file: string }) => d.file === 'broken-config/claimcheck.yaml')).toBe(true);
    expect(io.err()).toMatch(/^claimcheck: /);
  });

  it('fails with exit 2 and writes nothing when the target is a directory', async () => {
    const io = fakeIo(dir);
    expect(await run(['lint', 'errors', '-o', 'errors'], io)).toBe(2);
    expect(existsSync(path.join(dir, 'errors', 'hostile.yaml'))).toBe(true);
  });
});
