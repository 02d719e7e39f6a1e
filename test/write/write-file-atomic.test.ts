import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { writeFileAtomic } from '../../src/write/write-file-atomic.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimcheck-write-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const listing = async (folder = dir) => (await readdir(folder)).sort();

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const target = path.join(dir, 'report.md');
    await writeFileAtomic(target, '# Report\n', { inputs: [] });
    expect(await readFile(target, 'utf8')).toBe('# Report\n');
    expect(await listing()).toEqual(['report.md']);
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = path.join(dir, 'report.md');
    await writeFile(target, 'old old old old old old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new', { inputs: [] });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('refuses to write over an input, and writes nothing', async () => {
    const input = path.join(dir, 'claims.yaml');
    await writeFile(input, 'source: {}\n');
    await expect(writeFileAtomic(input, 'report', { inputs: [input], displayPath: 'claims.yaml' })).rejects.toThrow(
      new UsageError(`refusing to write claims.yaml: it is one of the inputs (${input}); choose another file, for example report.md`),
    );
    expect(await readFile(input, 'utf8')).toBe('source: {}\n');
    expect(await listing()).toEqual(['claims.yaml']);
  });

  it('refuses an input reached through a symlink, a symlinked folder, a relative path or a hard link', async () => {
    const claims = path.join(dir, 'claims');
    await mkdir(claims);
    const input = path.join(claims, 'a.yaml');
    await writeFile(input, 'original');
    await symlink(input, path.join(dir, 'link.md'));
    await symlink(claims, path.join(dir, 'claims-link'));
    await link(input, path.join(dir, 'hard.md'));
    const targets = [path.join(dir, 'link.md'), path.join(dir, 'claims-link', 'a.yaml'), path.join(claims, '..', 'claims', 'a.yaml'), path.join(dir, 'hard.md')];
    for (const target of targets) {
      await expect(writeFileAtomic(target, 'report', { inputs: [input] }), target).rejects.toThrow(/it is one of the inputs/);
    }
    // The input given through a symlink is recognised too.
    await expect(writeFileAtomic(input, 'report', { inputs: [path.join(dir, 'claims-link', 'a.yaml')] })).rejects.toThrow(UsageError);
    expect(await readFile(input, 'utf8')).toBe('original');
    expect(await listing(claims)).toEqual(['a.yaml']);
  });

  it('writes through a symlink to a file that is not an input, keeping the link', async () => {
    const real = path.join(dir, 'real.md');
    await writeFile(real, 'old');
    await symlink(real, path.join(dir, 'report.md'));
    await writeFileAtomic(path.join(dir, 'report.md'), 'new', { inputs: [] });
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(path.join(dir, 'report.md'))).isSymbolicLink()).toBe(true);
  });

  it('refuses a directory, and a folder that does not exist', async () => {
    await expect(writeFileAtomic(dir, 'x', { inputs: [], displayPath: 'out' })).rejects.toThrow(
      /cannot write out: it is a directory; give a file name, for example out\/report\.md/,
    );
    await expect(writeFileAtomic(path.join(dir, 'missing', 'r.md'), 'x', { inputs: [], displayPath: 'missing/r.md' })).rejects.toThrow(
      'cannot write missing/r.md: the directory missing does not exist; create it first',
    );
    expect(await listing()).toEqual([]);
  });

  it('leaves exactly one whole report when several writers race to one target, and no temporary files', async () => {
    const target = path.join(dir, 'report.md');
    // Large, distinct contents, so the writes overlap in the thread pool.
    const contents = Array.from({ length: 8 }, (_, i) => `${String(i)}\n`.repeat(400_000 + i));
    await Promise.all(contents.map((text) => writeFileAtomic(target, text, { inputs: [] })));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await listing()).toEqual(['report.md']);
  });
});
