// Thousands of quotes against a long archive text: once minutes of work (a quadratic fold, a full search and a
// nearest-passage hint per quote); now seconds, with the same findings.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findQuote } from '../../src/validate/rules/quote-search.js';
import { foldQuote } from '../../src/validate/rules/text-fold.js';
import { indexedSearch } from '../../src/validate/rules/word-index.js';
import { cli, populate, scratchDir } from './harness.js';

const WORDS = ['the', 'patrol', 'came', 'under', 'fire', 'Derik', 'al-Malikiyah', 'Dêrik', 'civilian', '“killed”', 'x', '2', '2020', '𝐀b', 'naïve'];
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', '\n', ' — ', ' [...] ', '-', "'", '\ud835'];

// A long text of few distinct words, so every word occurs often and the index must pick among many places.
// Half a surrogate pair cannot be written to a UTF-8 file, so a text meant for a file leaves it out.
function longText(seed: number, length: number, forFile = false): string {
  const punctuation = forFile ? PUNCTUATION.filter((p) => p !== '\ud835') : PUNCTUATION;
  const [pieces] = fc.sample(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...punctuation)), { minLength: 40_000, maxLength: 40_000 }), { seed, numRuns: 1 });
  let text = '';
  for (let i = 0; text.length < length; i = (i + 1) % pieces.length) text += pieces[i].join('');
  return text;
}

describe('indexedSearch', () => {
  const texts = [longText(1, 120_000), longText(2, 300_000)];
  const searches = texts.map((text) => indexedSearch(text));

  it('finds exactly what indexOf finds: parts cut from the text, changed, or made up; from any start', () => {
    const part = (text: string) =>
      fc.oneof(
        fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 80 })).map(([at, n]) => text.slice(at, at + n)),
        fc.tuple(fc.nat(text.length), fc.integer({ min: 5, max: 80 }), fc.constantFrom(...WORDS)).map(([at, n, word]) => `${text.slice(at, at + n)} ${word}`),
        fc.array(fc.constantFrom(...WORDS, ...PUNCTUATION), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('')),
      );
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1).chain((i) => fc.tuple(fc.constant(i), part(texts[i]), fc.nat(texts[i].length))),
        ([i, piece, from]) => {
          expect(searches[i](piece, from)).toBe(texts[i].indexOf(piece, from));
          expect(searches[i](piece, 0)).toBe(texts[i].indexOf(piece));
        },
      ),
      { seed: 20200121, numRuns: 400 },
    );
  });

  it('agrees with findQuote on quotes with left-out words', () => {
    const text = texts[0];
    const quote = `${text.slice(1000, 1040)} [...] ${text.slice(5000, 5030)}`;
    expect(findQuote(quote, text, searches[0])).toBe(findQuote(quote, text));
    expect(findQuote(`${quote} [...] nowhere at all`, text, searches[0])).toBe(-1);
  });
});

describe('quote/not-in-archive on a long archive', () => {
  const root = scratchDir('archive');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('checks 2,000 quotes against a 1 MB archive, reporting exactly the ones that are not in it', async () => {
    const article = longText(3, 1_000_000, true);
    const folded = foldQuote(article).text;
    const claims: string[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const at = (i * 7919) % (article.length - 200);
      let quote = article.slice(at, at + 60 + (i % 50)).replace(/\s+/g, ' ').trim();
      if (i % 2 === 1) quote = `${quote} and the last word differs zzz`;
      if (findQuote(foldQuote(quote).text, folded) < 0) missing.push(i);
      claims.push(`  - id: c-${i}\n    about: question ${i}\n    says: yes\n    quote: ${JSON.stringify(quote)}\n`);
    }
    populate(root, {
      'claims/a.yaml': `source:\n  outlet: A\n  title: T\n  published: 2020-02-13\n  url: https://example.org/a\n  archive: ../articles/a.txt\nclaims:\n${claims.join('')}`,
      'articles/a.txt': article,
    });
    const ran = await cli(['lint', '-f', 'json', 'claims'], root);
    expect(ran.code).toBe(1);
    const found = (JSON.parse(ran.stdout).diagnostics as { rule: string; line: number; message: string }[]).filter((d) => d.rule === 'quote/not-in-archive');
    // Claim i's quote is on line 8 + 4i + 3.
    expect(found.map((d) => (d.line - 11) / 4)).toEqual(missing);
    expect(missing.length).toBeGreaterThanOrEqual(1000);
    expect(found.every((d) => d.message.includes('word for word:'))).toBe(true);
    expect(found.at(-1)!.message).toContain('this archive is too long to look for the nearest passage of every quote');
  }, 120_000);
});
