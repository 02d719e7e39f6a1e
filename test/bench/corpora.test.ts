import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFor, sizeLabel, worstCase, writeBenchCorpus } from '../../src/bench/corpora.js';
import { generateCorpus } from '../../src/eval/generate.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';

describe('bench corpora', () => {
  it('asks the generator for about 16 claims per event, and labels sizes in thousands', () => {
    expect(eventsFor(1000)).toBe(63);
    expect(eventsFor(100_000)).toBe(6250);
    expect(eventsFor(3)).toBe(1);
    expect([sizeLabel(1000), sizeLabel(100_000), sizeLabel(1500)]).toEqual(['1k', '100k', '1500']);
  });

  it('the worst case puts every event in one place on one day, no later than any article', () => {
    const { files } = generateCorpus({ seed: 3, events: 20 });
    const worst = worstCase(files);
    const events = worst.flatMap((f) => f.events);
    expect(new Set(events.map((e) => `${e.date?.text} ${e.place}`)).size).toBe(1);
    expect(worst.every((f) => f.events.every((e) => e.date!.start <= f.source.published.start))).toBe(true);
    expect(worst.map((f) => f.claims)).toEqual(files.map((f) => f.claims));
  });

  it('writes a corpus that lints without errors, in the normal and the worst case', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claimcheck-bench-corpus-'));
    try {
      for (const worst of [false, true]) {
        const corpus = await writeBenchCorpus(join(root, String(worst)), 200, { worst });
        expect(corpus.label).toBe(worst ? 'worst case, 200 claims' : '200 claims');
        const lint = await lintCorpus([corpus.dir], { cwd: root });
        expect(lint.files).toHaveLength(corpus.files);
        expect(lint.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(lint.claimFiles.reduce((n, f) => n + f.claims.length, 0)).toBe(corpus.claims);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
