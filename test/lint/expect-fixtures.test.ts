import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCorpus } from '../../src/validate/lint-corpus.js';

// Claim files whose offending lines end in `# expect: rule-id`: lint must report exactly those, each at its own line.
const root = path.resolve(__dirname, '../..');
const fixtures = 'test/fixtures/lint';
const EXPECT = /#\s*expect:\s*(.+)$/;

function announced(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const match = EXPECT.exec(line);
    return match ? match[1].split(',').map((rule) => `${index + 1} ${rule.trim()}`) : [];
  });
}

describe('lint on claim files with several mistakes at once', () => {
  const names = readdirSync(path.join(root, fixtures)).filter((name) => name.endsWith('.yaml')).sort();

  for (const name of names) {
    it(`${name}: every mistake is reported at its own line, and nothing else`, async () => {
      const file = `${fixtures}/${name}`;
      const { diagnostics, claimFiles } = await lintCorpus([file], { cwd: root });
      const found = diagnostics.map((d) => `${d.line} ${d.rule}`).sort();
      expect(found).toEqual(announced(readFileSync(path.join(root, file), 'utf8')).sort());
      // A file with errors never reaches the cross-check.
      if (found.length > 0) expect(claimFiles).toEqual([]);
    });
  }
});
