import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverCorpus, discoverFiles } from '../../src/read/discover-files.js';
import { UsageError } from '../../src/cli/io.js';

let root: string;

function write(relative: string, text = 'x: 1\n'): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-discover-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('finds .yaml and .yml files below a directory, sorted, relative to cwd', async () => {
    write('b/z.yml');
    write('a.yaml');
    write('b/a.YAML');
    write('notes.txt');
    const files = await discoverFiles(['.'], root);
    expect(files.map((f) => f.display)).toEqual(['a.yaml', 'b/a.YAML', 'b/z.yml']);
    expect(files[0].path).toBe(path.join(root, 'a.yaml'));
  });

  it('lists the configuration files it passes, by their real paths', async () => {
    write('claims/a.yaml');
    write('claimcheck.yaml');
    write('claims/sub/claimcheck.yml');
    write('node_modules/pkg/claimcheck.yaml');
    const { files, configs } = await discoverCorpus(['.'], root);
    expect(files.map((f) => f.display)).toEqual(['claims/a.yaml']);
    const real = fs.realpathSync.native(root);
    expect(configs).toEqual([
      { path: path.join(real, 'claimcheck.yaml'), display: 'claimcheck.yaml' },
      { path: path.join(real, 'claims', 'sub', 'claimcheck.yml'), display: 'claims/sub/claimcheck.yml' },
    ]);
  });

  it('skips node_modules, .git and the corpus configuration', async () => {
    write('claims/a.yaml');
    write('node_modules/pkg/x.yaml');
    write('.git/x.yaml');
    write('claimcheck.yaml');
    const files = await discoverFiles(['.'], root);
    expect(files.map((f) => f.display)).toEqual(['claims/a.yaml']);
  });

  it('reads a file reached twice through a symbolic link once', async () => {
    write('claims/a.yaml');
    fs.symlinkSync(path.join(root, 'claims'), path.join(root, 'alias'));
    fs.symlinkSync(path.join(root, 'claims/a.yaml'), path.join(root, 'link.yaml'));
    const files = await discoverFiles(['.', 'claims/a.yaml'], root);
    expect(files.map((f) => f.display)).toEqual(['alias/a.yaml']);
  });

  it('does not hang on symbolic link loops', async () => {
    write('d/a.yaml');
    fs.symlinkSync(path.join(root, 'd'), path.join(root, 'd/loop1'));
    fs.symlinkSync(root, path.join(root, 'd/loop2'));
    const files = await discoverFiles(['d'], root);
    expect(files.map((f) => f.display)).toEqual(['d/a.yaml']);
  });

  it('warns about a dangling link to a claim file and goes on', async () => {
    write('a.yaml');
    fs.symlinkSync(path.join(root, 'gone.yaml'), path.join(root, 'dangling.yaml'));
    const { files, diagnostics } = await discoverCorpus(['.'], root);
    expect(files.map((f) => f.display)).toEqual(['a.yaml']);
    expect(diagnostics).toMatchObject([{ file: 'dangling.yaml', rule: 'file/broken-link', severity: 'warning' }]);
  });

  it('shows every file relative to the working directory, wherever the walk starts', async () => {
    write('claims/2020/a.yaml');
    write('claims/b.yaml');
    write('other/c.yaml');
    const inClaims = path.join(root, 'claims');
    expect((await discoverFiles(['..'], inClaims)).map((f) => f.display)).toEqual(['../other/c.yaml', '2020/a.yaml', 'b.yaml']);
    expect((await discoverFiles(['2020', '../other'], inClaims)).map((f) => f.display)).toEqual(['../other/c.yaml', '2020/a.yaml']);
    expect((await discoverFiles([root], root)).map((f) => f.display)).toEqual(['claims/2020/a.yaml', 'claims/b.yaml', 'other/c.yaml']);
    expect((await discoverFiles(['claims/'], root)).map((f) => [f.display, f.path])).toEqual([
      ['claims/2020/a.yaml', path.join(root, 'claims/2020/a.yaml')],
      ['claims/b.yaml', path.join(root, 'claims/b.yaml')],
    ]);
  });

  it('walks a directory whose name ends in .yaml instead of reading it as a file', async () => {
    write('odd.yaml/inner.yaml');
    const files = await discoverFiles(['odd.yaml'], root);
    expect(files.map((f) => f.display)).toEqual(['odd.yaml/inner.yaml']);
  });

  it('accepts an explicitly named file whatever its extension', async () => {
    write('claims.txt');
    expect((await discoverFiles(['claims.txt'], root)).map((f) => f.display)).toEqual(['claims.txt']);
  });

  it('fails with a usage error naming a missing path', async () => {
    await expect(discoverFiles(['nope'], root)).rejects.toThrow(UsageError);
    await expect(discoverFiles(['nope'], root)).rejects.toThrow(/"nope": no such file or directory/);
  });

  it('fails with a usage error naming a symbolic link loop given directly', async () => {
    fs.symlinkSync(path.join(root, 'b.yaml'), path.join(root, 'a.yaml'));
    fs.symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'b.yaml'));
    await expect(discoverFiles(['a.yaml'], root)).rejects.toThrow(/symbolic link loop/);
  });

  it('fails with a usage error when nothing matched', async () => {
    write('notes.txt');
    await expect(discoverFiles(['.'], root)).rejects.toThrow(/no claim files/);
  });
});
