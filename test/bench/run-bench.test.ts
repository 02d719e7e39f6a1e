import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The benchmark runs the built CLI and the compiled floor, so this runs dist/ (CI builds it through npm ci).
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(DIST, 'bench', 'run-bench.js')) && existsSync(join(DIST, 'cli', 'run.js'));

function recordingIo() {
  let stdout = '';
  let stderr = '';
  const io = { cwd: DIST, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  return { io, out: () => stdout, err: () => stderr };
}

describe.skipIf(!built)('npm run bench, on the built code in dist/', () => {
  it('times every command on a small corpus and start-up, and prints one table', async () => {
    const { runBench } = (await import(pathToFileURL(join(DIST, 'bench', 'run-bench.js')).href)) as typeof import('../../src/bench/run-bench.js');
    const { io, out, err } = recordingIo();
    const code = await runBench(['--sizes', '100,200', '--worst', 'none', '--runs', '1', '--startup-runs', '1'], io);
    expect(code, err()).toBe(0);
    const lines = out().split('\n');
    expect(lines[0]).toMatch(/^claimcheck benchmark, \d{4}-\d\d-\d\d: \d+ cores/);
    const header = lines.findIndex((l) => l.startsWith('corpus'));
    const column = (title: string, next: string) => (line: string) => line.slice(lines[header].indexOf(title), lines[header].indexOf(next)).trim();
    const rows = lines.slice(header + 1).filter((l) => l !== '');
    const commands = rows.map(column('command', 'wall s'));
    expect(commands).toEqual(['floor', 'check', 'lint', 'ajv-cli', 'floor', 'check', 'lint', 'ajv-cli', 'node -e 0', 'claimcheck --version', 'claimcheck check data']);
    expect(rows.map((l) => l.slice(0, lines[header].indexOf('files')).trim()).filter(Boolean)).toEqual(['100 claims', '200 claims', 'start-up']);
    // The floor is its corpus's reference; bare Node.js is start-up's; the 200-claim rows say how they grew.
    const ratios = rows.map(column('ratio', 'cpu s'));
    expect([ratios[0], ratios[4], ratios[8]]).toEqual(['1.00×', '1.00×', '1.00×']);
    expect(rows.slice(4, 8).every((l) => /\d\.\d\d×$/.test(l))).toBe(true);
    expect(rows.slice(0, 4).every((l) => !/growth/.test(l) && /\d$/.test(l))).toBe(true);
  }, 120_000);

  it('refuses bad arguments with the usage, exit 2', async () => {
    const { runBench } = (await import(pathToFileURL(join(DIST, 'bench', 'run-bench.js')).href)) as typeof import('../../src/bench/run-bench.js');
    const { io, err } = recordingIo();
    expect(await runBench(['--runs', 'many'], io)).toBe(2);
    expect(err()).toContain('--runs takes a whole number');
    expect(err()).toContain('usage: npm run bench');
  });
});
