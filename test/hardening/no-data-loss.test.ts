// No data lost: inputs are never written over, reports are written whole (also by runs racing for one
// file), `new` never replaces a file without --force, and no temporary file is left behind.
import { cpSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimFileTemplate } from '../../src/cli/commands/new-command.js';
import { claimFile, cli, listing, populate, SEED, scratchDir } from './harness.js';

let dir: string;
beforeEach(() => {
  dir = scratchDir('data-loss');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file below `dir` with its bytes (a link: where it points), to compare before and after a run. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    listing(dir).map((file) => {
      const full = path.join(dir, file);
      return [file, lstatSync(full).isSymbolicLink() ? `link to ${readlinkSync(full)}` : readFileSync(full).toString('base64')];
    }),
  );
}

const WITH_ARCHIVE = claimFile().replace('  url:', '  archive: ../articles/a.txt\n  url:');
// Valid, but its quote is not in its archive: lint fails it, after reading the archive.
const FAILING = claimFile({ outlet: 'Hill Times' }).replace('  url:', '  archive: ../articles/b.txt\n  url:');

function corpus(): void {
  populate(dir, {
    'claimcheck.yaml': 'aliases:\n  SANA: [Syrian Arab News Agency]\n',
    'claims/a.yaml': WITH_ARCHIVE,
    'claims/b.yaml': FAILING,
    'articles/a.txt': 'Officials said the man was a civilian.\n',
    'articles/b.txt': 'An article about something else entirely.\n',
  });
}

describe('an output that is an input is refused, and nothing is written', () => {
  const targets = [
    ['a claim file', 'claims/a.yaml'],
    ['the configuration', 'claimcheck.yaml'],
    ['the archive of a file that passed lint', 'articles/a.txt'],
    ['the archive of a file that failed lint', 'articles/b.txt'],
    ['a claim file through a symbolic link', 'link.yaml'],
    ['a claim file through a hard link', 'hard.yaml'],
  ];

  it.each(targets)('lint -o and report -o refuse %s', async (_name, target) => {
    corpus();
    symlinkSync('claims/a.yaml', path.join(dir, 'link.yaml'));
    linkSync(path.join(dir, 'claims/b.yaml'), path.join(dir, 'hard.yaml'));
    const before = snapshot();
    for (const args of [['lint', '-f', 'sarif', '-o', target, 'claims'], ['report', '-o', target, 'claims'], ['report', '-f', 'json', '-o', target, 'claims']]) {
      const ran = await cli(args, dir);
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr).toMatch(new RegExp(`refusing to write ${target.replace('.', '\\.')}: it is one of the inputs`));
      expect(snapshot()).toEqual(before);
    }
  });

  it('lint -o refuses a claim file even when a broken configuration stops lint early', async () => {
    corpus();
    writeFileSync(path.join(dir, 'claimcheck.yaml'), 'aliases: [\n');
    const before = snapshot();
    for (const target of ['claims/a.yaml', 'articles/b.txt', 'claimcheck.yaml']) {
      const ran = await cli(['lint', '-o', target, 'claims'], dir);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(`refusing to write ${target}`);
      expect(snapshot()).toEqual(before);
    }
  });
});

describe('reports are written whole', () => {
  it('writes the report to -o, leaving the inputs as they were and no temporary file', async () => {
    corpus();
    const before = snapshot();
    expect((await cli(['report', '-o', 'report.md', 'claims'], dir)).code).toBe(1);
    expect((await cli(['lint', '-f', 'json', '-o', 'lint.json', 'claims'], dir)).code).toBe(1);
    const after = snapshot();
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'lint.json', 'report.md'].sort());
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe((await cli(['report', 'claims'], dir)).stdout);
  });

  it('leaves one whole report, and nothing else, when runs race to write the same file', async () => {
    cpSync(SEED, dir, { recursive: true });
    const markdown = (await cli(['report', 'claims'], dir)).stdout;
    const json = (await cli(['report', '-f', 'json', 'claims'], dir)).stdout;
    populate(dir, { 'out/keep.txt': 'x' });
    const before = listing(dir);
    const runs = Array.from({ length: 8 }, (_, i) => cli(['report', ...(i % 2 ? ['-f', 'json'] : []), '-o', 'out/report.txt', 'claims'], dir));
    const codes = (await Promise.all(runs)).map((ran) => ran.code);
    expect(codes.every((code) => code === 0)).toBe(true);
    expect([markdown, json]).toContain(readFileSync(path.join(dir, 'out/report.txt'), 'utf8'));
    expect(listing(dir)).toEqual([...before, 'out/report.txt'].sort());
  }, 60_000);

  it('writes nothing, and leaves no temporary file, when the output cannot be written', async () => {
    corpus();
    const before = snapshot();
    for (const target of ['missing/report.md', 'claims', 'claims/a.yaml/x.md']) {
      const ran = await cli(['report', '-o', target, 'claims'], dir);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(new RegExp(`^claimcheck: cannot write ${target.replace('.', '\\.')}: `, 'm'));
      expect(snapshot()).toEqual(before);
    }
  });
});

describe('new never replaces a file without --force', () => {
  it('refuses an existing file, a link to one and a dangling link, and leaves them as they were', async () => {
    populate(dir, { 'mine.yaml': 'my work\n', 'link.yaml': { link: 'mine.yaml' }, 'dangling.yaml': { link: 'gone.yaml' } });
    const before = snapshot();
    for (const target of ['mine.yaml', 'link.yaml', 'dangling.yaml']) {
      const ran = await cli(['new', target], dir);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toBe(`claimcheck: ${target} already exists; choose another name, or add --force to overwrite it\n`);
    }
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['dangling.yaml', 'link.yaml', 'mine.yaml']);
  });

  it('when runs race to create one file, exactly one writes it and the others are refused', async () => {
    const runs = await Promise.all(Array.from({ length: 6 }, () => cli(['new', 'claims/x.yaml'], dir)));
    expect(runs.map((ran) => ran.code).sort()).toEqual([0, 2, 2, 2, 2, 2]);
    expect(listing(dir)).toEqual(['claims/x.yaml']);
    expect(readFileSync(path.join(dir, 'claims/x.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('says why when the folder cannot be made, with exit 2 and no stack trace', async () => {
    populate(dir, { 'file.yaml': 'x' });
    const ran = await cli(['new', 'file.yaml/claims/x.yaml'], dir);
    expect(ran).toEqual({ code: 2, stdout: '', stderr: 'claimcheck: cannot create file.yaml/claims/x.yaml: part of its path is a file, not a folder\n' });
  });

  it('replaces a file with --force, whole, leaving no temporary file', async () => {
    populate(dir, { 'claims/x.yaml': 'old\n' });
    expect((await cli(['new', '--force', 'claims/x.yaml'], dir)).code).toBe(0);
    expect(listing(dir)).toEqual(['claims/x.yaml']);
    expect(readFileSync(path.join(dir, 'claims/x.yaml'), 'utf8')).toContain(claimFileTemplate('x').split('\n').slice(1).join('\n'));
  });
});
