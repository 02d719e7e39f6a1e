// The check command's wiring, with the corpus lint and the engine replaced by stand-ins: what reaches
// stdout and stderr, which options reach the engine, and the exit codes (contract §3.3).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { UsageError, type Io } from '../../src/cli/io.js';
import { crossCheck } from '../../src/check/cross-check.js';
import { filterResult } from '../../src/check/filter.js';
import { lintCorpus, type CorpusLint } from '../../src/validate/lint-corpus.js';
import { formatCheckJson } from '../../src/render/check/json.js';
import { formatCheckStylish } from '../../src/render/check/stylish.js';
import { emptyConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/config/config-error.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { sampleResult } from '../fixtures/check/sample-result.js';

vi.mock('../../src/validate/lint-corpus.js', () => ({ lintCorpus: vi.fn() }));
vi.mock('../../src/check/cross-check.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/check/cross-check.js')>()),
  crossCheck: vi.fn(),
}));

const PLAIN = { colour: false, all: false, explain: false };

function diagnostic(severity: Diagnostic['severity'], rule: string, message: string): Diagnostic {
  return { file: 'claims/broken.yaml', line: 9, column: 5, endLine: 9, endColumn: 9, severity, rule, message };
}

function corpus(fields: Partial<CorpusLint> = {}): CorpusLint {
  return { files: ['claims/a.yaml', 'claims/broken.yaml'], diagnostics: [], claimFiles: [], config: emptyConfig(), ...fields };
}

async function check(args: string[], io: Partial<Io> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['check', 'claims', ...args], {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd: '/corpus',
    env: {},
    ...io,
  });
  return { code, stdout, stderr };
}

beforeEach(() => {
  vi.mocked(lintCorpus).mockReset().mockResolvedValue(corpus());
  vi.mocked(crossCheck).mockReset().mockReturnValue(sampleResult());
});

describe('check command: pipeline', () => {
  it('lints the paths from the working directory, cross-checks the valid files, and renders to stdout', async () => {
    const claimFiles = [{ file: 'claims/a.yaml', source: {} }] as unknown as CorpusLint['claimFiles'];
    const config = { ...emptyConfig(), aliases: { SANA: ['Syrian Arab News Agency'] } };
    vi.mocked(lintCorpus).mockResolvedValue(corpus({ claimFiles, config }));
    const ran = await check(['--config', 'corpus.yaml']);
    expect(lintCorpus).toHaveBeenCalledWith(['claims'], { cwd: '/corpus', configPath: 'corpus.yaml' });
    expect(crossCheck).toHaveBeenCalledWith(claimFiles, config, { dateToleranceDays: 1, explain: false });
    expect(ran).toEqual({ code: 0, stdout: formatCheckStylish(sampleResult(), PLAIN), stderr: '' });
  });

  it('takes the date tolerance from --date-tolerance, else the configuration, else one day', async () => {
    vi.mocked(lintCorpus).mockResolvedValue(corpus({ config: { ...emptyConfig(), dateTolerance: 3 } }));
    await check([]);
    expect(vi.mocked(crossCheck).mock.lastCall?.[2]).toEqual({ dateToleranceDays: 3, explain: false });
    await check(['--date-tolerance', '0', '--explain']);
    expect(vi.mocked(crossCheck).mock.lastCall?.[2]).toEqual({ dateToleranceDays: 0, explain: true });
  });

  it('filters before rendering, in either format', async () => {
    const json = await check(['--format', 'json', '--status', 'contested', '--event', 'derik']);
    expect(json.stdout).toBe(formatCheckJson(filterResult(sampleResult(), { status: 'contested', event: 'derik' })));
    const stylish = await check(['--all', '--explain', '--event', 'khirbet']);
    expect(stylish.stdout).toBe(formatCheckStylish(filterResult(sampleResult(), { event: 'khirbet' }), { colour: false, all: true, explain: true }));
  });
});

describe('check command: exit codes', () => {
  it('prints lint errors and warnings to stderr and exits 1 when there is an error', async () => {
    const diagnostics = [
      diagnostic('error', 'schema/unknown-field', 'unknown field "sayz"'),
      diagnostic('warning', 'source/url', 'source.url is missing'),
    ];
    vi.mocked(lintCorpus).mockResolvedValue(corpus({ diagnostics }));
    const ran = await check([]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('claims/broken.yaml');
    expect(ran.stderr).toContain('unknown field "sayz"');
    expect(ran.stderr).toContain('source.url is missing');
    expect(ran.stdout).toBe(formatCheckStylish(sampleResult(), PLAIN));
  });

  it('exits 0 when lint found only warnings', async () => {
    vi.mocked(lintCorpus).mockResolvedValue(corpus({ diagnostics: [diagnostic('warning', 'source/url', 'source.url is missing')] }));
    const ran = await check([]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain('source.url is missing');
  });

  it('--fail-on contested exits 1 only while a contested topic remains after filtering', async () => {
    expect((await check(['--fail-on', 'contested'])).code).toBe(1);
    expect((await check(['--fail-on', 'contested', '--status', 'corroborated'])).code).toBe(0);
    expect((await check(['--status', 'contested'])).code).toBe(0);
  });

  it('exits 2 with the message of a usage error', async () => {
    vi.mocked(lintCorpus).mockRejectedValue(new UsageError('no claim files (*.yaml, *.yml) under "claims"'));
    const ran = await check([]);
    expect(ran).toEqual({ code: 2, stdout: '', stderr: 'claimcheck: no claim files (*.yaml, *.yml) under "claims"\n' });
  });

  it('prints the located diagnostics of a broken configuration and exits 2', async () => {
    const error = new ConfigError('claimcheck.yaml', [
      { ...diagnostic('error', 'config/unknown-field', 'unknown key "aliasez"'), file: 'claimcheck.yaml', line: 3, column: 1 },
    ]);
    vi.mocked(lintCorpus).mockRejectedValue(error);
    const ran = await check([]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('claimcheck.yaml');
    expect(ran.stderr).toMatch(/3:1\s+error\s+unknown key "aliasez"/);
    expect(crossCheck).not.toHaveBeenCalled();
  });

  it('exits 2, as an internal error, when the engine fails', async () => {
    vi.mocked(crossCheck).mockImplementation(() => {
      throw new Error('boom');
    });
    const ran = await check([]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('internal error: boom');
  });
});

describe('check command: colour', () => {
  it('colours stdout when it is a terminal, unless --no-color or NO_COLOR', async () => {
    let out = '';
    const stdout = { write: (text: string) => (out += text), isTTY: true };
    await check([], { stdout });
    expect(out).toContain('\u001b[');
    out = '';
    await check(['--no-color'], { stdout });
    expect(out).not.toContain('\u001b');
    await check([], { stdout, env: { NO_COLOR: '1' } });
    expect(out).not.toContain('\u001b');
  });

  it('colours stderr by its own terminal, and --color forces both', async () => {
    vi.mocked(lintCorpus).mockResolvedValue(corpus({ diagnostics: [diagnostic('error', 'schema/required', 'source.title is missing')] }));
    let err = '';
    const stderr = { write: (text: string) => (err += text), isTTY: true };
    const ran = await check([], { stderr });
    expect(err).toContain('\u001b[');
    expect(ran.stdout).not.toContain('\u001b');
    const forced = await check(['--color']);
    expect(forced.stdout).toContain('\u001b[');
    expect(forced.stderr).toContain('\u001b[');
  });
});
