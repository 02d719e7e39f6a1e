// The bad-input matrix: broken, hostile and misused input, each answered with a clear message that names
// the file (and line, where there is one) and the documented exit code (contract §3.3), within seconds.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canMakeFifo, claimFile, cli, populate, scratchDir, type Entry } from './harness.js';

const root = scratchDir('matrix');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD = claimFile();
const CONFIG = 'aliases:\n  SANA: [Syrian Arab News Agency]\n';

interface Case {
  name: string;
  files: Record<string, Entry>;
  /** The command line; paths are relative to the case's directory. */
  args: string[];
  code: 0 | 1 | 2;
  /** What stdout and stderr together must say: the file, the place, what is wrong. */
  says: (string | RegExp)[];
  skip?: boolean;
}

const deepFlow = `source: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
const deepBlock = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
const crlfWithError = GOOD.replace('published: 2020-02-13', 'published: 13 Feb 2020').replace(/\n/g, '\r\n');
const longQuote = GOOD.replace('quote: the man was a civilian', `quote: ${'the man was a civilian '.repeat(50_000)}`);
const longKey = `${'k'.repeat(200_000)}: 1\n`;
// Once a backtracking trap: a bad plain value followed by a long run of spaces.
const longSpaces = `source: @${' '.repeat(200_000)}x\n`;
const manyErrors = `source: { outlet: a, title: b, published: 2020, url: 'https://example.org' }\nclaims:\n${'  - {}\n'.repeat(3000)}`;
const fifo = canMakeFifo();

const cases: Case[] = [
  { name: 'an empty file', files: { 'a.yaml': '' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:1\s+error/, 'file/empty', 'claimcheck new'] },
  { name: 'a file of blank lines', files: { 'a.yaml': '\n  \n\t\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', 'file/empty'] },
  { name: 'binary bytes', files: { 'a.yaml': new Uint8Array([0x73, 0x3a, 0x0a, 0x00, 0xff, 0x01]) }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /2:1\s+error/, 'file/binary', 'NUL'] },
  { name: 'invalid UTF-8', files: { 'a.yaml': Buffer.concat([Buffer.from('source:\n  outlet: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /2:14\s+error/, 'file/encoding', '0xe9'] },
  { name: 'UTF-16', files: { 'a.yaml': Buffer.from('\ufeffsource: x\n', 'utf16le') }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', 'file/encoding', 'UTF-16'] },
  { name: 'a byte-order mark and CRLF line ends (fine)', files: { 'a.yaml': `\ufeff${GOOD.replace(/\n/g, '\r\n')}` }, args: ['lint', 'a.yaml'], code: 0, says: ['1 file checked, no problems'] },
  { name: 'CRLF line ends, located on the right line', files: { 'a.yaml': crlfWithError }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /4:14\s+error/, '13 Feb 2020'] },
  { name: 'an alias bomb', files: { 'a.yaml': bomb }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /2:\d+\s+error/, 'yaml/RESOURCE_EXHAUSTION'] },
  { name: 'an alias loop', files: { 'a.yaml': 'a: &a [*a]\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:\d+\s+error/, 'yaml/'] },
  { name: 'flow nesting thousands deep', files: { 'a.yaml': deepFlow }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:\d+\s+error/, 'yaml/too-deep'] },
  { name: 'block nesting thousands deep', files: { 'a.yaml': deepBlock }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /65:\d+\s+error/, 'yaml/too-deep'] },
  { name: 'several documents in one file', files: { 'a.yaml': `${GOOD}---\n${GOOD}` }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /18:1\s+error/, 'yaml/MULTIPLE_DOCS', '---'] },
  { name: 'a top-level list', files: { 'a.yaml': '- source\n- claims\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:1\s+error/, 'schema/type', 'found a list'] },
  { name: 'a top-level scalar', files: { 'a.yaml': 'just some text\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:1\s+error/, 'schema/type', 'just some text'] },
  { name: 'a top-level null', files: { 'a.yaml': '~\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:1\s+error/, 'schema/type'] },
  { name: 'a mapping of the wrong shape', files: { 'a.yaml': 'source: 1\nclaims: {}\nextra: [1]\n' }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:9\s+error/, /2:9\s+error/, /3:1\s+error.*unknown field "extra"/] },
  { name: 'a YAML syntax error', files: { 'a.yaml': GOOD.replace('title: A clash at a checkpoint', 'title: "A clash at a checkpoint') }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /\d+:\d+\s+error/, 'yaml/'] },
  { name: 'a directory named x.yaml given alone', files: { 'x.yaml': { dir: true } }, args: ['lint', 'x.yaml'], code: 2, says: ['no claim files', '"x.yaml"'] },
  { name: 'a directory named x.yaml among claim files', files: { 'c/x.yaml': { dir: true }, 'c/a.yaml': GOOD }, args: ['lint', 'c'], code: 0, says: ['1 file checked, no problems'] },
  { name: 'a symlink loop in a corpus', files: { 'c/a.yaml': GOOD, 'c/l1.yaml': { link: 'l2.yaml' }, 'c/l2.yaml': { link: 'l1.yaml' } }, args: ['lint', 'c'], code: 0, says: ['c/l1.yaml', 'c/l2.yaml', 'file/broken-link', 'symbolic link loop'] },
  { name: 'a symlink loop given by name', files: { 'l1.yaml': { link: 'l2.yaml' }, 'l2.yaml': { link: 'l1.yaml' } }, args: ['lint', 'l1.yaml'], code: 2, says: ['"l1.yaml"', 'symbolic link loop'] },
  { name: 'a directory link back to its parent', files: { 'c/a.yaml': GOOD, 'c/sub/up': { link: '..' } }, args: ['lint', 'c'], code: 0, says: ['1 file checked, no problems'] },
  { name: 'a link in a corpus to the root of the disk', files: { 'c/a.yaml': GOOD, 'c/everything': { link: '/' } }, args: ['lint', 'c'], code: 0, says: ['c/everything', 'file/broken-link', 'leads out of "c"'] },
  { name: 'a dangling symlink in a corpus', files: { 'c/a.yaml': GOOD, 'c/gone.yaml': { link: 'nowhere.yaml' } }, args: ['lint', 'c'], code: 0, says: ['c/gone.yaml', 'file/broken-link', 'no such file'] },
  { name: 'a configuration in a folder below the one read', files: { 'c/a.yaml': GOOD, 'c/sub/claimcheck.yaml': 'aliases: {}\n', 'c/claimcheck.yml': 'aliases: {}\n' }, args: ['lint', 'c'], code: 0, says: ['c/sub/claimcheck.yaml', 'file/unused-config', '--config c/sub/claimcheck.yaml', 'c/claimcheck.yml', 'rename it'] },
  { name: 'a configuration in the corpus, another given with --config', files: { 'c/a.yaml': GOOD, 'c/claimcheck.yaml': 'aliases: {}\n', 'other.yaml': 'aliases: {}\n' }, args: ['lint', 'c', '--config', 'other.yaml'], code: 0, says: ['c/claimcheck.yaml', 'other.yaml, given with --config, is read instead'] },
  { name: 'a dangling symlink given by name', files: { 'gone.yaml': { link: 'nowhere.yaml' } }, args: ['lint', 'gone.yaml'], code: 2, says: ['"gone.yaml"', 'no such file'] },
  { name: 'a missing path', files: {}, args: ['lint', 'nope.yaml'], code: 2, says: ['cannot read "nope.yaml"', 'no such file'] },
  { name: 'a missing path among good ones', files: { 'a.yaml': GOOD }, args: ['check', 'a.yaml', 'nope'], code: 2, says: ['cannot read "nope"'] },
  { name: 'no files matched', files: { 'c/notes.txt': 'hello' }, args: ['report', 'c'], code: 2, says: ['no claim files', '"c"'] },
  { name: 'an unknown flag', files: { 'a.yaml': GOOD }, args: ['lint', '--frobnicate', 'a.yaml'], code: 2, says: ["unknown option '--frobnicate'", 'claimcheck --help'] },
  { name: 'an unknown command', files: {}, args: ['lnt'], code: 2, says: ["unknown command 'lnt'"] },
  { name: 'no command at all', files: {}, args: [], code: 2, says: ['Usage: claimcheck', 'lint', 'check', 'report', 'new'] },
  { name: 'an empty path (an unset variable)', files: { 'a.yaml': GOOD }, args: ['lint', ''], code: 2, says: ['an empty path was given'] },
  { name: 'the same file twice, directly and through its directory', files: { 'c/a.yaml': GOOD }, args: ['lint', 'c/a.yaml', 'c', './c/a.yaml'], code: 0, says: ['1 file checked, no problems'] },
  { name: 'an unknown lint format', files: { 'a.yaml': GOOD }, args: ['lint', '-f', 'xml', 'a.yaml'], code: 2, says: ["'xml' is invalid", 'stylish, json, sarif, github'] },
  { name: 'an unknown check format', files: { 'a.yaml': GOOD }, args: ['check', '--format', 'sarif', 'a.yaml'], code: 2, says: ["'sarif' is invalid", 'stylish, json'] },
  { name: 'an unknown report format', files: { 'a.yaml': GOOD }, args: ['report', '-f', 'html', 'a.yaml'], code: 2, says: ["'html' is invalid", 'markdown, json'] },
  { name: 'a bad --max-warnings', files: { 'a.yaml': GOOD }, args: ['lint', '--max-warnings', 'many', 'a.yaml'], code: 2, says: ['--max-warnings takes a whole number', '"many"'] },
  { name: 'a negative --date-tolerance', files: { 'a.yaml': GOOD }, args: ['check', '--date-tolerance', '-1', 'a.yaml'], code: 2, says: ['--date-tolerance takes a whole number'] },
  { name: 'an unknown --status', files: { 'a.yaml': GOOD }, args: ['report', '--status', 'disputed', 'a.yaml'], code: 2, says: ["'disputed' is invalid"] },
  { name: 'a malformed claimcheck.yaml (lint)', files: { 'c/claimcheck.yaml': 'aliases:\n  SANA: [x\n', 'c/a.yaml': GOOD }, args: ['lint', 'c'], code: 2, says: ['c/claimcheck.yaml', /\d+:\d+\s+error/, 'yaml/', 'the configuration c/claimcheck.yaml is not valid'] },
  { name: 'a malformed claimcheck.yaml (lint --format json)', files: { 'c/claimcheck.yaml': 'aliasez: {}\n', 'c/a.yaml': GOOD }, args: ['lint', '-f', 'json', 'c'], code: 2, says: ['"file": "c/claimcheck.yaml"', '"line": 1', 'schema/unknown-field', 'did you mean'] },
  { name: 'a malformed claimcheck.yaml (check)', files: { 'c/claimcheck.yaml': 'dateTolerance: soon\n', 'c/a.yaml': GOOD }, args: ['check', 'c'], code: 2, says: ['c/claimcheck.yaml', /1:16\s+error/, 'dateTolerance'] },
  { name: 'a malformed claimcheck.yaml (report)', files: { 'c/claimcheck.yaml': 'topics: [1, 2]\n', 'c/a.yaml': GOOD }, args: ['report', 'c'], code: 2, says: ['c/claimcheck.yaml', /1:9\s+error/, 'topics'] },
  { name: 'a binary --config', files: { 'a.yaml': GOOD, 'conf.bin': new Uint8Array([1, 0, 2, 0]) }, args: ['lint', '--config', 'conf.bin', 'a.yaml'], code: 2, says: ['conf.bin', 'file/binary'] },
  { name: 'a --config of invalid UTF-8', files: { 'a.yaml': GOOD, 'c.yaml': new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28]) }, args: ['check', '--config', 'c.yaml', 'a.yaml'], code: 2, says: ['c.yaml', /1:4\s+error/, 'file/encoding'] },
  { name: 'a --config that is a directory', files: { 'a.yaml': GOOD, 'conf': { dir: true } }, args: ['lint', '--config', 'conf', 'a.yaml'], code: 2, says: ['--config conf: no such file'] },
  { name: 'a --config that is missing', files: { 'a.yaml': GOOD }, args: ['report', '--config', 'gone.yaml', 'a.yaml'], code: 2, says: ['--config gone.yaml: no such file'] },
  { name: 'a very long line', files: { 'a.yaml': longQuote }, args: ['lint', 'a.yaml'], code: 0, says: ['1 file checked, no problems'] },
  { name: 'a very long key', files: { 'a.yaml': longKey }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:1\s+error/] },
  { name: 'a bad value followed by a long run of spaces', files: { 'a.yaml': longSpaces }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /1:9\s+error/, 'yaml/BAD_SCALAR_START'] },
  { name: 'thousands of errors in one file', files: { 'a.yaml': manyErrors }, args: ['lint', '-f', 'sarif', 'a.yaml'], code: 1, says: ['"startLine": 3002', 'schema/required'] },
  { name: 'thousands of claims in one file', files: { 'a.yaml': claimFile({ claims: 3000 }) }, args: ['check', 'a.yaml'], code: 0, says: ['1 event', 'civilian'] },
  { name: 'an over-large file, by maxFileSize', files: { 'c/claimcheck.yaml': 'maxFileSize: 300\n', 'c/a.yaml': GOOD }, args: ['lint', 'c'], code: 1, says: ['c/a.yaml', /1:1\s+error/, 'file/too-large', 'maxFileSize'] },
  { name: 'a named pipe given as a claim file', files: { 'p.yaml': { fifo: true } }, args: ['lint', 'p.yaml'], code: 1, says: ['p.yaml', 'file/unreadable', 'not a regular file'], skip: !fifo },
  { name: 'a named pipe in a corpus', files: { 'c/a.yaml': GOOD, 'c/p.yaml': { fifo: true } }, args: ['lint', 'c'], code: 0, says: ['1 file checked'], skip: !fifo },
  { name: 'a named pipe as --config', files: { 'a.yaml': GOOD, 'conf.yaml': { fifo: true } }, args: ['lint', '--config', 'conf.yaml', 'a.yaml'], code: 2, says: ['conf.yaml', 'not a regular file'], skip: !fifo },
  { name: 'an output that is a named pipe', files: { 'a.yaml': GOOD, 'out.sarif': { fifo: true } }, args: ['lint', '-f', 'sarif', '-o', 'out.sarif', 'a.yaml'], code: 2, says: ['cannot write out.sarif: it is a device, a pipe or a socket'], skip: !fifo },
  { name: 'an output in a missing directory', files: { 'a.yaml': GOOD }, args: ['report', '-o', 'no/such/report.md', 'a.yaml'], code: 2, says: ['cannot write no/such/report.md: the directory no/such does not exist'] },
  { name: 'an archive that is a device', files: { 'a.yaml': GOOD.replace('  url:', '  archive: /dev/zero\n  url:') }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /5:12\s+error/, 'quote/archive-missing', 'absolute path'] },
  { name: 'an archive that is a Windows path', files: { 'a.yaml': GOOD.replace('  url:', '  archive: C:\\Windows\\win.ini\n  url:') }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /5:12\s+error/, 'absolute path'] },
  { name: 'an archive in a hidden folder', files: { 'c/a.yaml': GOOD.replace('  url:', '  archive: ../.git/config\n  url:'), '.git/config': '[core]\n\ttoken = s3cr3t\n' }, args: ['lint', 'c'], code: 1, says: ['c/a.yaml', /5:12\s+error/, 'hidden file or folder (".git")'] },
  { name: 'an archive that is a directory', files: { 'a.yaml': GOOD.replace('  url:', '  archive: texts\n  url:'), texts: { dir: true } }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /5:12\s+error/, 'quote/archive-missing', 'it is a directory'] },
  { name: 'an archive of binary data', files: { 'a.yaml': GOOD.replace('  url:', '  archive: a.bin\n  url:'), 'a.bin': new Uint8Array([0, 1, 2]) }, args: ['lint', 'a.yaml'], code: 1, says: ['a.yaml', /5:12\s+error/, 'quote/archive-missing', 'binary'] },
];

describe.each(cases)('$name', ({ files, args, code, says, skip }) => {
  it.skipIf(skip === true)(`exits ${code} and says what is wrong, where`, async () => {
    const dir = scratchDir('case');
    try {
      populate(dir, files);
      const ran = await cli(args, dir);
      const output = `${ran.stdout}${ran.stderr}`;
      expect(ran.code, output).toBe(code);
      for (const expected of says) {
        if (typeof expected === 'string') expect(output).toContain(expected);
        else expect(output).toMatch(expected);
      }
      // Handled, not crashed: no internal error and no stack trace.
      expect(output).not.toMatch(/claimcheck: internal error|\n\s+at .+:\d+:\d+\)?\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('bad files in check and report', () => {
  const broken = { 'c/a.yaml': GOOD, 'c/broken.yaml': '- not a claim file\n', 'c/empty.yaml': '', 'c/claimcheck.yaml': CONFIG };

  it.each([
    ['check', ['check', 'c']],
    ['check --format json', ['check', '-f', 'json', 'c']],
    ['report', ['report', 'c']],
    ['report --format json', ['report', '-f', 'json', 'c']],
  ])('%s: exits 1, names each bad file on stderr with its line, and covers the good ones', async (_name, args) => {
    const dir = path.join(root, args.join('-'));
    populate(dir, broken);
    const ran = await cli(args, dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/c\/broken\.yaml\n\s+1:1\s+error .*schema\/type/);
    expect(ran.stderr).toMatch(/c\/empty\.yaml\n\s+1:1\s+error .*file\/empty/);
    expect(ran.stdout).toContain('civilian');
  }, 60_000);
});

describe('a file name that is not UTF-8', () => {
  it('is reported as a file that cannot be opened, by name, and the other files are still linted', async () => {
    const dir = scratchDir('name');
    try {
      populate(dir, { 'c/a.yaml': GOOD });
      try {
        writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'c', 'bad')), Buffer.from([0xff]), Buffer.from('.yaml')]), GOOD);
      } catch {
        return; // a file system that refuses such names (APFS, NTFS) cannot hold one
      }
      const ran = await cli(['lint', 'c'], dir);
      expect(ran.code).toBe(1);
      expect(ran.stdout).toMatch(/c\/bad\ufffd\.yaml\n\s+1:1\s+error\s+the file name is not valid UTF-8/);
      expect(ran.stdout).toContain('1 problem (1 error, 0 warnings)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
