import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { VERSION } from '../../src/version.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';
import { schemaErrors } from '../render/lint/sarif-schema.js';
import { multitoolFindings } from '../render/lint/sarif-checks.js';

// Golden tests: `claimcheck lint` run in-process on the small corpora in test/fixtures/cli/, its
// exit code and output compared with the files in test/fixtures/cli/expected/. After a deliberate
// change of output, rewrite them with UPDATE_SNAPSHOT=1 and review the diff before committing.

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const EXPECTED = path.join(FIXTURES, 'expected');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';

interface Case {
  name: string;
  args: string[];
  exitCode: 0 | 1 | 2;
}

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

const CASES: Case[] = [
  ...FORMATS.map((format): Case => ({ name: `clean-${format}`, args: ['clean', '--format', format], exitCode: 0 })),
  ...FORMATS.map((format): Case => ({ name: `errors-${format}`, args: ['errors', '--format', format], exitCode: 1 })),
  { name: 'errors-stylish-colour', args: ['errors', '--color'], exitCode: 1 },
  { name: 'errors-quiet', args: ['errors', '--quiet'], exitCode: 1 },
  { name: 'warnings-allowed', args: ['warnings'], exitCode: 0 },
  { name: 'warnings-within-max', args: ['warnings', '--max-warnings', '2'], exitCode: 0 },
  { name: 'warnings-past-max', args: ['warnings', '--max-warnings', '1'], exitCode: 1 },
  { name: 'warnings-quiet', args: ['warnings', '--quiet', '--max-warnings', '0'], exitCode: 0 },
  { name: 'several-paths', args: ['clean/rudaw-2020-02-12-checkpoint.yaml', 'warnings', '--format', 'json'], exitCode: 0 },
  { name: 'missing-path', args: ['no-such-folder'], exitCode: 2 },
  { name: 'no-files-matched', args: ['empty'], exitCode: 2 },
  { name: 'bad-format', args: ['clean', '--format', 'xml'], exitCode: 2 },
  { name: 'bad-flag', args: ['clean', '--frobnicate'], exitCode: 2 },
  { name: 'bad-max-warnings', args: ['clean', '--max-warnings', 'few'], exitCode: 2 },
  { name: 'missing-config', args: ['clean', '--config', 'no-such-config.yaml'], exitCode: 2 },
  { name: 'broken-config-stylish', args: ['broken-config'], exitCode: 2 },
  { name: 'broken-config-json', args: ['broken-config', '--format', 'json'], exitCode: 2 },
  { name: 'broken-config-sarif', args: ['broken-config', '--format', 'sarif'], exitCode: 2 },
];

// What may differ between machines and releases is replaced by a placeholder.
function normalise(text: string): string {
  const base = pathToFileURL(FIXTURES).href.replace(/\/?$/, '/');
  return text
    .split(base).join('file:///<fixtures>/')
    .split(FIXTURES.replace(/[\\/]$/, '')).join('<fixtures>')
    .split(`"${VERSION}"`).join('"<version>"')
    .replace(/\u001b/g, '\\e');
}

function snapshot(args: readonly string[], exitCode: number, stdout: string, stderr: string): string {
  return `$ claimcheck lint ${args.join(' ')}\nexit code: ${exitCode}\n--- stdout\n${normalise(stdout)}--- stderr\n${normalise(stderr)}`;
}

describe('claimcheck lint (golden)', () => {
  it.each(CASES)('$name', async ({ name, args, exitCode }) => {
    const io = fakeIo(FIXTURES);
    const code = await run(['lint', ...args], io);
    const actual = snapshot(args, code, io.out(), io.err());
    const file = path.join(EXPECTED, `${name}.txt`);
    if (UPDATE) {
      mkdirSync(EXPECTED, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(code).toBe(exitCode);
    expect(existsSync(file), `no expected output ${file}: run with UPDATE_SNAPSHOT=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
    expect(actual).not.toContain(FIXTURES.replace(/[\\/]$/, ''));
  });

  it('writes machine formats that agree with the exit code', async () => {
    for (const [corpus, exitCode] of [['clean', 0], ['errors', 1], ['warnings', 0]] as const) {
      const io = fakeIo(FIXTURES);
      expect(await run(['lint', corpus, '--format', 'json'], io)).toBe(exitCode);
      const { summary, diagnostics } = JSON.parse(io.out());
      expect(summary.errors > 0 ? 1 : 0).toBe(exitCode);
      expect(diagnostics).toHaveLength(summary.errors + summary.warnings);
      for (const d of diagnostics) expect(d.file.startsWith(`${corpus}/`)).toBe(true);
    }
  });

  it.each(['clean', 'errors', 'broken-config'])('writes SARIF that the schema and the multitool checks accept: %s', async (corpus) => {
    const io = fakeIo(FIXTURES);
    await run(['lint', corpus, '--format', 'sarif'], io);
    const log = JSON.parse(io.out());
    expect(schemaErrors(log)).toEqual([]);
    expect(multitoolFindings(log)).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(corpus !== 'broken-config');
  });
});
