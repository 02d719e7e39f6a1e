// End to end: `claimcheck check` run in-process on the small corpora in test/fixtures/check/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import type { CheckResult } from '../../src/check/result.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'test/fixtures/check';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd: ROOT,
    env: {},
  };
  const code = await run(['check', ...args], io);
  return { code, stdout, stderr };
}

async function checkJson(...args: string[]): Promise<{ ran: Ran; result: CheckResult }> {
  const ran = await check(...args, '--format', 'json');
  return { ran, result: JSON.parse(ran.stdout) as CheckResult };
}

// What the claim files of a corpus hold, read independently of claimcheck: `source/claim` and `source/event` ids.
function corpusIds(corpus: string): { claims: string[]; reports: string[] } {
  const claims: string[] = [];
  const reports: string[] = [];
  const dir = join(ROOT, FIXTURES, corpus);
  for (const name of readdirSync(dir).filter((file) => /-\d{4}-\d{2}-\d{2}\.yaml$/.test(file)).sort()) {
    const data = parse(readFileSync(join(dir, name), 'utf8'));
    const source = data.source.id ?? name.replace(/\.yaml$/, '');
    claims.push(...data.claims.map((claim: { id: string }) => `${source}/${claim.id}`));
    reports.push(...(data.events ?? []).map((event: { id: string }) => `${source}/${event.id}`));
  }
  return { claims: claims.sort(), reports: reports.sort() };
}

// Every claim and every report the result places, one entry per placement.
function placed(result: CheckResult): { claims: string[]; reports: string[] } {
  const topics = [...result.events.flatMap((group) => group.topics), ...result.standing];
  const positions = topics.flatMap((topic) => topic.positions);
  return {
    claims: positions.flatMap((position) => position.claims ?? []).map((ref) => `${ref.source}/${ref.claim}`).sort(),
    reports: result.events.flatMap((group) => group.reports).map((ref) => `${ref.source}/${ref.event}`).sort(),
  };
}

const statuses = (result: CheckResult) =>
  Object.fromEntries([...result.events.flatMap((group) => group.topics), ...result.standing].map((topic) => [topic.about, topic.status]));

describe('claimcheck check: a clean corpus', () => {
  it('prints the cross-check and exits 0', async () => {
    const ran = await check(`${FIXTURES}/contested`);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('✖ CONTESTED  identity of the man killed');
    expect(ran.stdout).toContain('        • SANA, in Enab Baladi 2020-02-13  test/fixtures/check/contested/enab-baladi-2020-02-13.yaml:21');
    expect(ran.stdout).toContain('US patrol came under fire → true · corroborated by 2 origins: Global Coalition, US Central Command');
    expect(ran.stdout).toContain('Standing claims');
    expect(ran.stdout).not.toContain('\u001b');
  });

  it('--format json places every claim and every report exactly once', async () => {
    const { ran, result } = await checkJson(`${FIXTURES}/contested`);
    expect(ran.code).toBe(0);
    expect(result.schemaVersion).toBe(1);
    expect(placed(result)).toEqual(corpusIds('contested'));
    expect(result.summary).toMatchObject({
      files: 2, sources: 2, claims: 8, events: 2, topics: 5, contested: 1, corroborated: 1, singleSource: 3,
    });
    expect(statuses(result)).toEqual({
      'identity of the man killed': 'contested',
      'US patrol came under fire': 'corroborated',
      'number killed': 'single-source',
      'aircraft struck the village': 'single-source',
      'Russian military police deployed near al-Qamishli': 'single-source',
    });
  });

  it('--fail-on contested exits 1 while a contested topic remains after filtering, 0 once none does', async () => {
    expect((await check(`${FIXTURES}/contested`, '--fail-on', 'contested')).code).toBe(1);
    expect((await check(`${FIXTURES}/contested`, '--fail-on', 'contested', '--status', 'corroborated')).code).toBe(0);
    expect((await check(`${FIXTURES}/contested`, '--fail-on', 'contested', '--event', 'aircraft')).code).toBe(0);
  });

  it('--status and --event narrow the output and its summary', async () => {
    const { result } = await checkJson(`${FIXTURES}/contested`, '--status', 'single-source', '--event', 'KHIRBET AMO');
    expect(statuses(result)).toEqual({ 'number killed': 'single-source', 'aircraft struck the village': 'single-source' });
    expect(result.standing).toEqual([]);
    expect(result.summary).toMatchObject({ files: 2, claims: 3, events: 2, topics: 2, contested: 0, singleSource: 2 });
  });

  it('--all, --explain and --color change the terminal output', async () => {
    const ran = await check(`${FIXTURES}/contested`, '--all', '--explain', '--color');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('\u001b[');
    const plain = ran.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('why grouped:');
    expect(plain).toContain('same key');
    expect(plain).toContain('“our patrol was fired upon at the checkpoint”');
  });

  it('gives the same bytes on every run', async () => {
    const first = await check(`${FIXTURES}/contested`, '--format', 'json');
    const second = await check(`${FIXTURES}/contested`, '--format', 'json');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('"schemaVersion": 1');
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('claimcheck check: date tolerance', () => {
  it("takes the tolerance from claimcheck.yaml, and --date-tolerance overrides it", async () => {
    // The two reports are three days apart: joined under the corpus's tolerance of 3, with a date conflict.
    const { result: joined } = await checkJson(`${FIXTURES}/tolerance`);
    expect(joined.events).toHaveLength(1);
    expect(joined.events[0].topics.find((topic) => topic.dateTopic)?.status).toBe('contested');
    const { result: apart } = await checkJson(`${FIXTURES}/tolerance`, '--date-tolerance', '1');
    expect(apart.events).toHaveLength(2);
    expect(placed(apart)).toEqual(corpusIds('tolerance'));
  });
});

describe('claimcheck check: problems', () => {
  it('prints lint errors to stderr, cross-checks the valid files and exits 1', async () => {
    const { ran, result } = await checkJson(`${FIXTURES}/lint-error`);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('test/fixtures/check/lint-error/broken-2020-02-14.yaml');
    expect(ran.stderr).toContain('sayz');
    expect(placed(result).claims).toEqual(['rudaw-2020-02-13/fired-upon', 'rudaw-2020-02-13/toll']);
    // The JSON itself says which file it leaves out, for scripts that read only stdout.
    expect(result.excluded).toEqual(['test/fixtures/check/lint-error/broken-2020-02-14.yaml']);
  });

  it('exits 2 when a path does not exist', async () => {
    const ran = await check(`${FIXTURES}/does-not-exist`);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('does-not-exist');
    expect(ran.stderr).not.toContain('internal error');
    expect(ran.stdout).toBe('');
  });

  it('exits 2 when no claim file matches', async () => {
    const ran = await check(`${FIXTURES}/no-claims`);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^claimcheck: /);
    expect(ran.stderr).not.toContain('internal error');
    expect(ran.stdout).toBe('');
  });

  it('exits 2 with a located message when claimcheck.yaml is broken', async () => {
    const ran = await check(`${FIXTURES}/bad-config`);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('test/fixtures/check/bad-config/claimcheck.yaml');
    expect(ran.stderr).toMatch(/3:1\s+error/);
    expect(ran.stderr).toContain('aliasez');
    expect(ran.stdout).toBe('');
  });

  it('exits 2 on a bad option value', async () => {
    expect((await check(`${FIXTURES}/contested`, '--status', 'disputed')).code).toBe(2);
    expect((await check(`${FIXTURES}/contested`, '--date-tolerance', 'two')).code).toBe(2);
  });
});
