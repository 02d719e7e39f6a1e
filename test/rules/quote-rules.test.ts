import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteArchiveMissing } from '../../src/validate/rules/quote-archive-missing.js';
import { quoteNotInArchive } from '../../src/validate/rules/quote-not-in-archive.js';
import { findQuote } from '../../src/validate/rules/quote-search.js';
import { foldQuote } from '../../src/validate/rules/text-fold.js';
import { runRule, SOURCE } from './harness.js';

const ARCHIVE_PATH = '../articles/valley-herald-2020-02-13.txt';
const ARCHIVE = [
  'A clash at a checkpoint',
  '',
  'The state agency said on 12 February that the man killed by the troops was “civilian” in the village.',
  'The coalition said its patrol came under small\u00a0arms fire — and returned it.',
  'Local networks said the killed person is not a civilian, but rather a fighter…',
].join('\n');

/** A file with an archive and one claim quoting `quote` (a YAML scalar as written). */
function quoting(quote: string, archive = ARCHIVE_PATH): string {
  return `${SOURCE}  archive: ${archive}\nclaims:\n  - id: killed\n    about: identity of the man killed\n    says: civilian\n    quote: ${quote}\n`;
}

const check = (quote: string) => runRule(quoteNotInArchive, quoting(quote), { [ARCHIVE_PATH]: ARCHIVE });

describe('quote/not-in-archive', () => {
  it('accepts a verbatim quote despite straight quotes, a plain dash, spaces and a line break', () => {
    expect(check('the man killed by the troops was "civilian"')).toEqual([]);
    expect(check("'its patrol came under small arms fire - and returned it'")).toEqual([]);
    expect(check('>-\n      the killed person is not a civilian,\n      but rather a fighter...')).toEqual([]);
  });

  it('accepts left-out words marked [...] or […]', () => {
    expect(check('"the man killed [...] was “civilian”"')).toEqual([]);
    expect(check('The coalition said […] returned it')).toEqual([]);
  });

  it('reports a paraphrase on the quote, showing where it leaves the archive', () => {
    const [d, ...rest] = check('the man killed by the American troops was a civilian');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'quote/not-in-archive', severity: 'error', line: 11, column: 12 });
    expect(d.message).toContain(`not in the archive "${ARCHIVE_PATH}" word for word`);
    expect(d.message).toContain('it starts as in the archive (line 3: "the man killed by the")');
    expect(d.message).toContain('then the archive has "troops was “civilian” in the…" where the quote has "American troops was a civilian"');
  });

  it('does not fold letter case, and says when case is all that differs', () => {
    const [d] = check('The Man Killed by the troops');
    expect(d.message).toContain('it is there with different letter case (line 3: "the man killed by the troops")');
  });

  it('points to the closest sentence when the beginning is already different', () => {
    const [d] = check('networks said the person who was killed was a fighter');
    expect(d.message).toContain('the closest passage is on line 5: "Local networks said the killed person is not a civilian, but rather a fighter…"');
  });

  it('asks whether the archive is the right article when nothing is close', () => {
    const [d] = check('oil fields were handed over');
    expect(d.message).toContain('is it the right article?');
  });

  it('says nothing when there is no archive or it cannot be read', () => {
    const text = `${SOURCE}claims:\n  - { id: a, about: x, says: y, quote: not in any archive }\n`;
    expect(runRule(quoteNotInArchive, text)).toEqual([]);
    expect(runRule(quoteNotInArchive, quoting('not in any archive'), {})).toEqual([]);
  });
});

describe('quote/archive-missing', () => {
  it('reports an unreadable archive on its path, with the reason', () => {
    const [d, ...rest] = runRule(quoteArchiveMissing, quoting('x', '../articles/missing.txt'), { [ARCHIVE_PATH]: ARCHIVE });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'quote/archive-missing', severity: 'error', line: 6, column: 12 });
    expect(d.message).toContain('the archive "../articles/missing.txt" cannot be read (no such file)');
  });

  it('is quiet when the archive reads or none is given', () => {
    expect(runRule(quoteArchiveMissing, quoting('x'), { [ARCHIVE_PATH]: ARCHIVE })).toEqual([]);
    expect(runRule(quoteArchiveMissing, `${SOURCE}claims:\n  - { id: a, about: x, says: y }\n`)).toEqual([]);
  });
});

describe('verbatim quotes always match, whatever the typography', () => {
  // Letters, spaces of several kinds, line breaks, typographic quotes, dashes, ellipses and invisible characters.
  const char = fc.constantFrom(...'abcAB ,.\n\t\u00a0\u202f“”‘’«»"\'—–‐-…\u200b\u00ad'.split(''));
  const archiveText = fc.array(char, { maxLength: 80 }).map((chars) => chars.join(''));

  it('finds every excerpt of an archive in that archive', () => {
    fc.assert(
      fc.property(archiveText, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1)];
        const excerpt = foldQuote(text.slice(Math.min(start, end), Math.max(start, end))).text;
        if (excerpt !== '') expect(findQuote(excerpt, foldQuote(text).text)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('finds an excerpt retyped with plain quotes, hyphens, dots and spaces', () => {
    const plain = (text: string) =>
      text.replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'").replace(/[—–‐]/g, '-').replace(/…/g, '...').replace(/[\u00a0\u202f\t\n]/g, ' ').replace(/[\u200b\u00ad]/g, '');
    fc.assert(
      fc.property(archiveText, (text) => {
        const excerpt = foldQuote(plain(text)).text;
        if (excerpt !== '') expect(findQuote(excerpt, foldQuote(text).text)).toBe(0);
      }),
    );
  });
});
