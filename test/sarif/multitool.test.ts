import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

// Microsoft's SARIF validator (the SARIF Multitool, a dev dependency with a native binary per platform).
const root = path.resolve(__dirname, '../..');

function multitoolPath(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    fs.accessSync(binary, fs.constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}

const multitool = multitoolPath();

async function lintToSarif(paths: string[], cwd: string): Promise<string> {
  const out: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true }, cwd, env: {} };
  await run(['lint', ...paths, '--format', 'sarif'], io);
  return out.join('');
}

/** The validator's findings about a SARIF log, as `level ruleId: message` lines. */
function validate(log: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-multitool-'));
  try {
    fs.writeFileSync(path.join(dir, 'input.sarif'), log);
    const result = spawnSync(multitool!, ['validate', 'input.sarif', '--output', 'validation.sarif', '--level', 'Error;Warning'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(result.error, result.stderr).toBeUndefined();
    const validation = JSON.parse(fs.readFileSync(path.join(dir, 'validation.sarif'), 'utf8'));
    return validation.runs.flatMap((r: { results?: { level: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }) =>
      (r.results ?? []).map((x) => `${x.level} ${x.ruleId}: ${x.message.text ?? x.message.arguments?.join(' ')}`),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!multitool)('SARIF output checked by Microsoft\'s SARIF Multitool (validate)', () => {
  it('has no error or warning on a corpus with many findings', async () => {
    const log = await lintToSarif(['test/fixtures/lint', 'test/fixtures/cli/errors', 'test/fixtures/cli/warnings'], root);
    expect(JSON.parse(log).runs[0].results.length).toBeGreaterThan(10);
    expect(validate(log)).toEqual([]);
  }, 180_000);

  it('has no error or warning for hostile file names and messages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck sarif ü '));
    try {
      fs.writeFileSync(path.join(dir, 'a b#%?ü.yaml'), 'source:\n  outlet: "::error::x\\u001b[31m"\n  title: t\nclaims: []\nqoute: "<script>"\n');
      const log = await lintToSarif(['.'], dir);
      expect(JSON.parse(log).runs[0].results.length).toBeGreaterThan(0);
      expect(validate(log)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('reports a broken log, so a pass means something', () => {
    const broken = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', ruleIndex: 5, message: { text: 'm' } }] }] });
    expect(validate(broken).some((line) => line.startsWith('error'))).toBe(true);
  }, 180_000);
});
