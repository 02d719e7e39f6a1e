import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { ConfigError } from '../../src/config/config-error.js';
import { emptyConfig } from '../../src/config/config.js';
import { compareDiagnostics } from '../../src/model/diagnostic.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';
import { lintFileText } from '../../src/validate/lint-file.js';
import type { ArchiveText, Rule } from '../../src/validate/rule.js';

const VALID = (outlet: string, extra = '') => `source:
  outlet: ${outlet}
  title: A headline
  published: 2020-02-13
  url: https://example.org/a
  archive: ../articles/a.txt
${extra}claims:
  - id: killed-was-civilian
    about: identity of the man killed
    says: civilian
    quote: the man killed was a civilian
`;

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-lint-'));
  write('corpus/articles/a.txt', 'Officials said the man killed was a civilian.\n');
  write('corpus/claims/a-valid.yaml', VALID('Enab Baladi'));
  write('corpus/claims/b-yaml-error.yaml', `${VALID('Rudaw')}    quote: again\n`);
  write('corpus/claims/c-schema-error.yaml', VALID('SANA').replace('    says: civilian\n', ''));
  write('corpus/claims/d-empty.yaml', '');
  write('corpus/other/a-valid.yaml', VALID('Copy of Enab Baladi'));
  write('corpus/claims/e-unknown-event.yaml', VALID('Hawar').replace('    about:', '    event: clash\n    about:'));
  write('corpus/claims/f-warning-only.yaml', VALID('North Press').replace('  url: https://example.org/a\n', ''));
  write('config-bad/claimcheck.yaml', 'aliases: [oops]\n');
  write('config-bad/x.yaml', VALID('X'));
  write('small/claimcheck.yaml', 'maxFileSize: 100\n');
  write('small/big.yaml', VALID('Big'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lintCorpus', () => {
  it('lints every file, placing each problem and sorting the diagnostics', async () => {
    const result = await lintCorpus(['corpus'], { cwd: root });
    expect(result.files).toEqual([
      'corpus/claims/a-valid.yaml',
      'corpus/claims/b-yaml-error.yaml',
      'corpus/claims/c-schema-error.yaml',
      'corpus/claims/d-empty.yaml',
      'corpus/claims/e-unknown-event.yaml',
      'corpus/claims/f-warning-only.yaml',
      'corpus/other/a-valid.yaml',
    ]);
    const found = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`);
    expect(found).toEqual([
      'corpus/claims/b-yaml-error.yaml:12 error yaml/DUPLICATE_KEY',
      'corpus/claims/c-schema-error.yaml:8 error schema/required',
      'corpus/claims/d-empty.yaml:1 error file/empty',
      'corpus/claims/e-unknown-event.yaml:9 error ref/unknown-event',
      'corpus/claims/f-warning-only.yaml:1 warning source/missing-url',
      // Same source id (the file name) as corpus/claims/a-valid.yaml: reported on the later file.
      'corpus/other/a-valid.yaml:1 error id/duplicate-source',
    ]);
    expect([...result.diagnostics].sort(compareDiagnostics)).toEqual(result.diagnostics);
  });

  it('builds the model for the files without errors only, warnings allowed', async () => {
    const result = await lintCorpus(['corpus'], { cwd: root });
    expect(result.claimFiles.map((f) => f.file)).toEqual(['corpus/claims/a-valid.yaml', 'corpus/claims/f-warning-only.yaml']);
    expect(result.claimFiles[0].source).toMatchObject({ id: 'a-valid', outlet: 'Enab Baladi', line: 1 });
    expect(result.claimFiles[0].claims[0]).toMatchObject({ id: 'killed-was-civilian', line: 8 });
  });

  it('gives the same result every time', async () => {
    const first = await lintCorpus(['corpus'], { cwd: root });
    expect(await lintCorpus(['corpus'], { cwd: root })).toEqual(first);
  });

  it('verifies quotes against the archive named relative to the claim file', async () => {
    write('quotes/articles/a.txt', 'Officials said something else entirely.\n');
    write('quotes/claims/a.yaml', VALID('Enab Baladi'));
    write('quotes/claims/b.yaml', VALID('Rudaw').replace('../articles/a.txt', '../articles/missing.txt'));
    const result = await lintCorpus(['quotes'], { cwd: root });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'quotes/claims/a.yaml:11 quote/not-in-archive',
      'quotes/claims/b.yaml:6 quote/archive-missing',
    ]);
  });

  it('uses the configuration found above the paths, and returns it', async () => {
    const result = await lintCorpus(['small'], { cwd: root });
    expect(result.config).toMatchObject({ maxFileSize: 100, file: 'small/claimcheck.yaml' });
    expect(result.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['small/big.yaml file/too-large']);
  });

  it('stops with a located ConfigError (exit 2) for a malformed configuration', async () => {
    const error = (await lintCorpus(['config-bad'], { cwd: root }).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['config-bad/claimcheck.yaml:1:10 schema/type']);
  });

  it('stops with a UsageError for a path that does not exist', async () => {
    await expect(lintCorpus(['nowhere'], { cwd: root })).rejects.toThrow(UsageError);
  });

  it('runs the rules it is given, with their default severity unless a report says otherwise', async () => {
    const reported: Rule[] = [
      {
        id: 'test/file',
        severity: 'warning',
        description: 'reports on every claim',
        scope: 'file',
        check: (context) => context.data.claims.forEach((_c, i) => context.report(context.locate(['claims', i, 'says']), 'says here')),
      },
      {
        id: 'test/corpus',
        severity: 'warning',
        description: 'reports an error on the last file',
        scope: 'corpus',
        check: (files, report) => report(files[files.length - 1], files[files.length - 1].locate(['source'], 'key'), 'last', 'error'),
      },
    ];
    const result = await lintCorpus(['corpus/claims/a-valid.yaml', 'corpus/claims/f-warning-only.yaml'], { cwd: root, rules: reported });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'corpus/claims/a-valid.yaml:10:11 warning test/file',
      'corpus/claims/f-warning-only.yaml:1:1 error test/corpus',
      'corpus/claims/f-warning-only.yaml:9:11 warning test/file',
    ]);
    expect(result.claimFiles.map((f) => f.file)).toEqual(['corpus/claims/a-valid.yaml']);
  });
});

describe('lintFileText', () => {
  const archive = (text: string): ArchiveText => ({ ok: true, text, file: 'articles/a.txt' });

  it('returns plain data that survives structured cloning and JSON', () => {
    const file = { path: join(root, 'x.yaml'), display: 'x.yaml' };
    const result = lintFileText(file, VALID('Enab Baladi'), { config: emptyConfig(), rules: [], readArchive: () => archive('') });
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.data?.source.outlet).toBe('Enab Baladi');
  });

  it('hands rules an archive reader that resolves against the claim file', () => {
    const asked: [string, string][] = [];
    const rule: Rule = {
      id: 'test/archive',
      severity: 'error',
      description: 'reads the archive',
      scope: 'file',
      check: (context) => void context.readArchive(context.data.source.archive!),
    };
    const file = { path: '/corpus/claims/x.yaml', display: 'claims/x.yaml' };
    lintFileText(file, VALID('A'), { config: emptyConfig(), rules: [rule], readArchive: (claimFile, relative) => (asked.push([claimFile, relative]), archive('')) });
    expect(asked).toEqual([['/corpus/claims/x.yaml', '../articles/a.txt']]);
  });

  it('stops after YAML errors; after schema errors still runs the rules, so every mistake shows at once', () => {
    let ran = 0;
    const rule: Rule = { id: 'test/count', severity: 'error', description: 'counts', scope: 'file', check: () => void (ran += 1) };
    const context = { config: emptyConfig(), rules: [rule], readArchive: () => archive('') };
    const file = { path: '/x.yaml', display: 'x.yaml' };
    expect(lintFileText(file, 'a: [\n', context).data).toBeUndefined();
    expect(ran).toBe(0);
    // The schema rejects it: the file never reaches the cross-check, but the rules still look.
    expect(lintFileText(file, 'source: 1\n', context).data).toBeUndefined();
    expect(ran).toBe(1);
    lintFileText(file, VALID('A'), context);
    expect(ran).toBe(2);
  });

  it('on a file the schema rejected, keeps rule findings off flagged lines and survives a rule that trips over the shape', () => {
    // Line 1 holds a schema error; line 4 holds nothing the schema flags.
    const atLine = (line: number): Rule => ({
      id: `test/line-${line}`, severity: 'error', description: 'reports', scope: 'file',
      check: (ctx) => ctx.report({ line, column: 1, endLine: line, endColumn: 2 }, 'found'),
    });
    const trips: Rule = { id: 'test/trips', severity: 'error', description: 'throws', scope: 'file', check: () => { throw new TypeError('x is undefined'); } };
    const context = { config: emptyConfig(), rules: [atLine(1), atLine(4), trips], readArchive: () => archive('') };
    const found = lintFileText({ path: '/x.yaml', display: 'x.yaml' }, 'source: 1\nclaims:\n  - 1\n\n', context).diagnostics;
    const lines = (rule: string) => found.filter((d) => d.rule === rule).map((d) => d.line);
    expect(lines('schema/type')).toContain(1);
    expect(lines('test/line-1')).toEqual([]);
    expect(lines('test/line-4')).toEqual([4]);
    expect(found.some((d) => d.rule === 'test/trips')).toBe(false);
  });
});
