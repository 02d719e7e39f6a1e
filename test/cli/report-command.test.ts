// End to end: `claimcheck report` run in-process on the small corpora in test/fixtures/report/.
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { lintMarkdown, renderGfm, tables, textOf } from '../render/report/markdown-tools.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/report', import.meta.url));

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function claimcheck(cwd: string, ...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd,
    env: {},
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

// A scratch copy of the fixtures, so a test that writes (or wrongly overwrites) cannot touch the originals.
let work: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'claimcheck-report-'));
  await cp(FIXTURES, work, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const CLAIMS = 'corpus/claims/northern-courier-2020-02-13-checkpoint.yaml';
const ARCHIVE = 'corpus/articles/valley-post-2020-02-14-checkpoint.txt';

describe('claimcheck report', () => {
  it('writes a lint-clean markdown report of the corpus to stdout and exits 0', async () => {
    const ran = await claimcheck(work, 'report', 'corpus');
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(lintMarkdown(ran.stdout)).toEqual([]);
    const cells = tables(renderGfm(ran.stdout)).map((rows) => rows.map((row) => row.map(textOf)));
    // The checkpoint clash: the man killed is a civilian to SANA and a militia fighter to the Network.
    expect(cells).toContainEqual([
      ['Position', 'Independent origins', 'Who says it', 'Quote'],
      ['civilian', '1', 'SANA, in Northern Courier, 2020-02-13', '“the man killed by the US troops was a civilian”'],
      ['NDF fighter', '1', 'North-eastern Syria Network, in Valley Post, 2020-02-14', '“the man killed was a fighter of the National Defense Force”'],
    ]);
    // The convoy: one event by key, dated a day apart.
    expect(cells).toContainEqual([
      ['Date', 'Independent outlets', 'Reported by', 'Report'],
      ['2020-01-20', '1', 'Valley Post, 2020-02-14', 'Russian convoy turned back near Tel Amra'],
      ['2020-01-21', '1', 'Northern Courier, 2020-02-13', 'US forces stop a Russian convoy on the Tel Amra road'],
    ]);
    expect(ran.stdout).toContain('- **5** topics: **2** contested, **3** corroborated, **0** single-source');
  });

  it('gives the same bytes on every run', async () => {
    const first = await claimcheck(work, 'report', 'corpus');
    const second = await claimcheck(work, 'report', 'corpus');
    expect(second.stdout).toBe(first.stdout);
  });

  it('with --format json writes exactly what check --format json writes', async () => {
    const report = await claimcheck(work, 'report', 'corpus', '--format', 'json');
    const check = await claimcheck(work, 'check', 'corpus', '--format', 'json');
    expect(report.code).toBe(0);
    expect(report.stdout).toBe(check.stdout);
    expect(JSON.parse(report.stdout)).toMatchObject({ schemaVersion: 1, summary: { contested: 2 } });
  });

  it('narrows the report with --status and --event, and says so', async () => {
    const contested = await claimcheck(work, 'report', 'corpus', '--status', 'contested');
    expect(contested.stdout).toContain('This report shows only contested topics');
    expect(contested.stdout).toContain('No topic is corroborated');
    const convoy = await claimcheck(work, 'report', 'corpus', '--event', 'convoy');
    expect(convoy.stdout).toContain('only events matching “convoy”');
    expect(convoy.stdout).toContain('### US forces stop a Russian convoy');
    expect(convoy.stdout).not.toContain('identity of the man killed');
  });

  it('reports on the valid files when some have lint errors, lists the errors on stderr, and exits 1', async () => {
    const ran = await claimcheck(work, 'report', 'broken');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('broken/valley-post-2020-02-14-checkpoint.yaml');
    expect(ran.stderr).toContain('schema/required');
    expect(ran.stdout).toContain('**1** claim file left out because of lint errors');
    expect(ran.stdout).toContain('- broken/valley-post-2020-02-14-checkpoint.yaml');
    expect(ran.stdout).toContain('| **civilian** |');
    expect(lintMarkdown(ran.stdout)).toEqual([]);
  });

  it('exits 2 when a path does not exist', async () => {
    const ran = await claimcheck(work, 'report', 'no-such-folder');
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
  });
});

describe('claimcheck report -o', () => {
  it('writes the report to the file, nothing to stdout, and leaves no temporary file', async () => {
    const shown = await claimcheck(work, 'report', 'corpus');
    const ran = await claimcheck(work, 'report', 'corpus', '-o', 'report.md');
    expect(ran).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(path.join(work, 'report.md'), 'utf8')).toBe(shown.stdout);
    expect((await readdir(work)).sort()).toEqual(['README.md', 'broken', 'corpus', 'report.md']);
  });

  it('writes JSON to the file with --format json', async () => {
    const shown = await claimcheck(work, 'report', 'corpus', '--format', 'json');
    const ran = await claimcheck(work, 'report', 'corpus', '--format', 'json', '--output', 'out.json');
    expect(ran).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(path.join(work, 'out.json'), 'utf8')).toBe(shown.stdout);
  });

  const inputs: Record<string, string> = {
    'a claim file': CLAIMS,
    'an archive text': ARCHIVE,
    'the configuration': 'corpus/claimcheck.yaml',
    'a claim file through another path': `corpus/articles/../claims/${path.basename(CLAIMS)}`,
  };
  for (const [what, target] of Object.entries(inputs)) {
    it(`refuses to write over ${what}, exits 2 and changes nothing`, async () => {
      const before = await readFile(path.join(work, target), 'utf8');
      const ran = await claimcheck(work, 'report', 'corpus', '-o', target);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(`claimcheck: refusing to write ${target}: it is one of the inputs`);
      expect(await readFile(path.join(work, target), 'utf8')).toBe(before);
      expect(await readdir(path.dirname(path.join(work, target)))).not.toContainEqual(expect.stringMatching(/\.tmp$/));
    });
  }

  it('refuses a symlink that leads to a claim file', async () => {
    await symlink(path.join(work, CLAIMS), path.join(work, 'report.md'));
    const before = await readFile(path.join(work, CLAIMS), 'utf8');
    const ran = await claimcheck(work, 'report', 'corpus', '-o', 'report.md');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('refusing to write report.md: it is one of the inputs');
    expect(await readFile(path.join(work, CLAIMS), 'utf8')).toBe(before);
  });

  it('refuses a directory', async () => {
    const ran = await claimcheck(work, 'report', 'corpus', '-o', 'corpus');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('cannot write corpus: it is a directory');
  });
});
