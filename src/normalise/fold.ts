import { memoise } from './memo.js';

// Letters NFKD does not decompose into a base letter and a mark.
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
};
const SPECIAL_LETTERS = /[ıßøæœđðłþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
// Typographic apostrophes and the Arabic ʿayn/hamza signs, folded into one apostrophe.
const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u00b4\u0060\u02bb\u02bc\u02be\u02bf\u02c8]/g;
// A possessive 's after a word of three letters or more, or an acronym ("Russia's", "US's"); not the 's of
// a transliterated name ("Ra's al-Ayn").
const POSSESSIVE = /(\p{Lu}{2,}|\p{L}{3,})'s\b/gu;
// Initialisms written with dots: "U.S.", "u.n.", "U.S.A." (a single letter followed by a dot, twice or more).
const INITIALISM = /\b(?:\p{L}\.){2,}/gu;
// Separators inside numbers: "1,000" and "2.5" stay one token.
const DIGIT_GROUP = /(\d),(?=\d{3}\b)/g;
const DECIMAL_POINT = /(\d)\.(?=\d)/g;
/**
 * Arabic article prefixes, including the assimilated forms (ad-, ar-, as-, ash-, az- …), written with a hyphen:
 * "al-Malikiyah", "Deir ez-Zor", "as-Sukhnah" all become "al malikiyah" …
 */
const ARTICLE_PREFIX = /\b(?:al|el|il|ul|ad|ed|ar|er|as|es|ash|esh|at|et|az|ez|an|en|ath|adh)-(?=\p{L}{2})/gu;
const NOT_WORD = /[^\p{L}\p{N}\u0000]+/gu;

/**
 * Folds text for comparison: lower case, diacritics stripped (NFKD), typographic quotes and dashes unified,
 * apostrophes and ʿ ʾ dropped inside words, initialisms joined ("U.S." → "us"), Arabic article prefixes
 * separated and unified to "al", and every other punctuation mark turned into a space.
 */
export const foldText: (text: string) => string = memoise(computeFold, 100_000);

function computeFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(POSSESSIVE, '$1')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/'/g, '')
    .replace(INITIALISM, (match) => match.replace(/\./g, ''))
    .replace(DIGIT_GROUP, '$1')
    .replace(DECIMAL_POINT, '$1\u0000')
    .replace(ARTICLE_PREFIX, 'al ')
    .replace(NOT_WORD, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}
