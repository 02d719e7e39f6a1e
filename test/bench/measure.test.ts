import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The child runner preloads the compiled report-usage.js, so these tests run the built code in dist/.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(DIST, 'bench', 'report-usage.js'));
const load = async () => (await import(pathToFileURL(join(DIST, 'bench', 'measure.js')).href)) as typeof import('../../src/bench/measure.js');
const command = (code: string, okExitCodes = [0]) => ({ name: 'test', nodeArgs: ['-e', code], cwd: DIST, okExitCodes });

describe.skipIf(!built)('measure, on the built code in dist/', () => {
  it('reports wall time from the parent and peak memory and CPU time from the child', async () => {
    const { measure } = await load();
    // Holds about 80 MB for a moment, and burns some CPU.
    const result = await measure(command('const a = new Float64Array(1e7).fill(1); let s = 0; for (let i = 0; i < 3e7; i++) s += i; if (!a[5] || !s) process.exit(3)'), 30_000);
    expect(result.peakMb).toBeGreaterThan(80);
    expect(result.cpuMs).toBeGreaterThan(10);
    expect(result.wallMs).toBeGreaterThan(result.cpuMs / 4);
  });

  it('fails with what the command wrote to stderr when it exits with an unexpected code', async () => {
    const { measure } = await load();
    await expect(measure(command('console.error("no such corpus"); process.exit(2)', [0, 1]), 30_000)).rejects.toThrow(/exited with 2:\nno such corpus/);
  });

  it('stops a command that runs past the time limit', async () => {
    const { measure, BenchTimeout } = await load();
    await expect(measure(command('setTimeout(() => {}, 60_000)'), 500)).rejects.toBeInstanceOf(BenchTimeout);
  });
});

describe.skipIf(built)('measure', () => {
  it('is not tested: dist/ is not built; run `npm run build` (npm ci does) and test again', () => {});
});
