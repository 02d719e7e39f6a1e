import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, renderClaimFileYaml, writeCorpus } from '../../src/eval/generate.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';

const root = mkdtempSync(join(tmpdir(), 'claimcheck-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeCorpus', () => {
  const corpus = generateCorpus({ seed: 5, events: 40 });

  it('writes every claim file at its path, the configuration, a README and the truth', async () => {
    const dir = join(root, 'written');
    const summary = await writeCorpus(dir, corpus);
    expect(summary.files).toBe(corpus.files.length);
    for (const file of corpus.files) expect(readFileSync(join(dir, file.file), 'utf8')).toBe(renderClaimFileYaml(file));
    expect(readFileSync(join(dir, 'claimcheck.yaml'), 'utf8')).toContain('aliases:');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('invented');
    expect(existsSync(join(dir, 'truth.json'))).toBe(false);
    await writeCorpus(dir, corpus, { truth: true });
    expect(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(corpus.truth)));
  });

  it('writes a corpus that claimcheck lints clean and reads back as exactly the generated model', async () => {
    const dir = join(root, 'linted');
    await writeCorpus(dir, corpus);
    const lint = await lintCorpus(['.'], { cwd: dir });
    expect(lint.diagnostics).toEqual([]);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(plain(lint.claimFiles)).toEqual(plain(corpus.files));
    expect(plain({ ...lint.config, file: undefined })).toEqual(plain({ ...corpus.config, file: undefined }));
  });

  it('refuses a claim file path that would leave the corpus directory', async () => {
    const [first] = corpus.files;
    const escaping = { ...corpus, files: [{ ...first, file: '../outside.yaml' }] };
    await expect(writeCorpus(join(root, 'escape'), escaping)).rejects.toThrow(/not a path inside the corpus/);
    expect(existsSync(join(root, 'outside.yaml'))).toBe(false);
  });
});
