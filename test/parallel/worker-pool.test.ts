import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { generateCorpus } from '../../src/eval/generate.js';
import { discoverFiles } from '../../src/read/discover-files.js';
import { writeCorpus } from '../../src/eval/write-corpus.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';

// Worker threads run the compiled JavaScript in dist/ (CI builds it through `npm ci`); the tests of
// the worker path load the built code as the CLI does.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(DIST, 'parallel', 'lint-worker.js'));
const fromDist = async <T>(module: string): Promise<T> => (await import(pathToFileURL(join(DIST, module)).href)) as T;

type LintCorpus = typeof import('../../src/validate/lint-corpus.js');
type Pool = typeof import('../../src/parallel/worker-pool.js');
type Batch = typeof import('../../src/parallel/lint-batch.js');
type Rules = typeof import('../../src/validate/rules/index.js');

let root: string;
let first: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-workers-'));
  const corpus = generateCorpus({ seed: 7, events: 30 });
  await writeCorpus(root, corpus);
  first = corpus.files[0].file;
  // Problems of every kind, so that the threads must agree on more than clean files.
  write('claims/zz/broken-yaml.yaml', 'source: [\n');
  write('claims/zz/empty.yaml', '');
  write('claims/zz/no-says.yaml', 'source:\n  outlet: A\n  title: T\n  published: 2020-02-13\nclaims:\n  - id: c\n    about: number killed\n');
  write('claims/articles/a.txt', 'Officials said two people were killed.\n');
  write('claims/zz/quoted.yaml', 'source:\n  outlet: B\n  title: T\n  published: 2020-02-13\n  archive: ../articles/a.txt\nclaims:\n  - id: c\n    about: number killed\n    says: 3\n    quote: three people were killed\n');
  // The same file name under another folder: the same source id, which only a corpus rule sees.
  mkdirSync(join(root, 'later'), { recursive: true });
  copyFileSync(join(root, first), join(root, 'later', first.split('/').pop()!));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lintCorpus from the TypeScript sources (no compiled worker)', () => {
  it('falls back to linting on the main thread when threads are asked for, with the same result', async () => {
    const single = await lintCorpus(['.'], { cwd: root, threads: 0 });
    expect(await lintCorpus(['.'], { cwd: root, threads: 2 })).toEqual(single);
  });
});

describe.skipIf(!built)('worker threads, on the built code in dist/', () => {
  it('give byte for byte the result of the main thread alone, whatever the number of threads', async () => {
    const { lintCorpus: lintBuilt } = await fromDist<LintCorpus>('validate/lint-corpus.js');
    const single = await lintBuilt(['.'], { cwd: root, threads: 0 });
    const rules = new Set(single.diagnostics.map((d) => d.rule));
    for (const rule of ['file/empty', 'schema/required', 'quote/not-in-archive', 'id/duplicate-source']) expect(rules).toContain(rule);
    expect(single.diagnostics.some((d) => d.file === 'claims/zz/broken-yaml.yaml' && d.rule.startsWith('yaml/'))).toBe(true);
    expect(single.claimFiles.length).toBeGreaterThan(90);
    for (const threads of [1, 3]) {
      const parallel = await lintBuilt(['.'], { cwd: root, threads });
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
      expect(parallel).toEqual(single);
    }
  });

  it('place a corpus rule finding on its file, naming the line of the earlier file', async () => {
    const { lintCorpus: lintBuilt } = await fromDist<LintCorpus>('validate/lint-corpus.js');
    const result = await lintBuilt(['.'], { cwd: root, threads: 2 });
    const duplicate = result.diagnostics.find((d) => d.rule === 'id/duplicate-source')!;
    expect(duplicate.file).toBe(`later/${first.split('/').pop()}`);
    expect(duplicate.line).toBe(1);
    expect(duplicate.message).toContain(`${first} (line 1)`);
  });

  it('answer every batch, shared between the workers and the main thread, in the order of the files', async () => {
    const { lintInParallel } = await fromDist<Pool>('parallel/worker-pool.js');
    const { lintBatch, jobContext } = await fromDist<Batch>('parallel/lint-batch.js');
    const { rules } = await fromDist<Rules>('validate/rules/index.js');
    const files = await discoverFiles(['.'], root);
    const job = { cwd: root, config: emptyConfig(), maxBytes: 1 << 20 };
    const done: number[] = [];
    const outcomes = await lintInParallel(files, job, { workers: 2, onProgress: (n) => done.push(n) });
    expect(outcomes).toEqual(lintBatch(files, job.maxBytes, jobContext(job, rules)));
    expect(done.at(-1)).toBe(files.length);
  });

  it('turn an error in a worker into a rejection, never a hang', async () => {
    const { lintInParallel } = await fromDist<Pool>('parallel/worker-pool.js');
    const files = [{ path: join(root, 'claims/zz/quoted.yaml'), display: 'claims/zz/quoted.yaml' }];
    // No working directory: reading the archive throws inside the worker's rule.
    const job = { cwd: undefined as unknown as string, config: emptyConfig(), maxBytes: 1 << 20 };
    await expect(lintInParallel(files, job, { workers: 1 })).rejects.toThrow(/argument/);
  });
});

describe.skipIf(built)('worker threads', () => {
  it('are not tested: dist/ is not built; run `npm run build` (npm ci does) and test again', () => {});
});
