// The installed command lints on worker threads started from the bundle's own worker entry
// (dist/bundle/lint-worker.js), with the result of one thread.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { generateCorpus } from '../../src/eval/generate.js';
import { writeCorpus } from '../../src/eval/write-corpus.js';
import { THREADS_VARIABLE } from '../../src/parallel/threads.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'claimcheck.js');
const built = existsSync(join(ROOT, 'dist', 'bundle', 'lint-worker.js'));
// Preloaded with `node --import`: a line on stderr for every worker thread started.
const COUNT_WORKERS = `data:text/javascript,${encodeURIComponent("process.on('worker', () => process.stderr.write('worker started\\n'));")}`;

let dir: string;
let files: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-bundled-workers-'));
  const corpus = generateCorpus({ seed: 3, events: 300 });
  await writeCorpus(dir, corpus);
  files = corpus.files.length;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('worker threads of the bundle', () => {
  it('lint a corpus when asked for (CLAIMCHECK_THREADS), byte for byte as the sources do on one thread', async () => {
    expect(files).toBeGreaterThan(500);
    const args = ['lint', dir, '--format', 'json'];
    // A corpus this small is linted on one thread unless workers are asked for.
    const env = { ...process.env, CI: 'true', [THREADS_VARIABLE]: '1' };
    const bundled = spawnSync(process.execPath, ['--import', COUNT_WORKERS, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
    expect(bundled.stderr).toMatch(/^(worker started\n)+$/);

    const io = fakeIo(ROOT, { CI: 'true' });
    const code = await run(args, io);
    expect(io.err()).toBe('');
    expect({ code: bundled.status, stdout: bundled.stdout }).toEqual({ code, stdout: io.out() });
  }, 120_000);
});

describe.skipIf(built)('worker threads of the bundle', () => {
  it('are not tested: dist/bundle/ is not built; run `npm run build` (npm ci does) and test again', () => {});
});
