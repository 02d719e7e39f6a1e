import { memoise } from './memo.js';

/** A folded name as consonants and the vowels around them: how transliterations of one name are compared. */
export interface NameShape {
  /** The consonant skeleton: Qasir/Qasr → "ksr", Hasakah/Hassakeh → "hsk", Khirbet/Xirbet → "krbt". */
  skeleton: string;
  /** The vowels before the first consonant, after each consonant in turn (`skeleton.length + 1` entries). */
  slots: string[];
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const SHORT_VOWEL = /^[aeiou]$/;
// w and y inside a name are written for the long vowels and diphthongs (Ghwayran / Ghuwayran, Kawkab / Kaukab).
const SEMIVOWELS = new Set(['w', 'y']);
// Letter pairs that spell one sound, and letters that spell sounds writers confuse: the velars q, k, kh, gh, g
// and x (Qamishli / Kamishli, Khirbet / Xirbet, Ghazal / Gazal, Agha / Axa and Qarachok / Qereçox in Kurdish
// spelling); ch/ç; dh/d (Dhahab / Dahab); th/t; ph/f.
const SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh|gh|q|g|x/g, 'k'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/ph/g, 'f'],
  [/sh/g, 'š'],
];

function computeShape(token: string): NameShape {
  let word = token;
  for (const [pattern, sound] of SOUNDS) word = word.replace(pattern, sound);
  // A final vowel + h is the vowel alone: Hasakah / Hasaka, Darbasiyeh / Darbasiye; and so is the -at an
  // Arabic feminine ending takes before another word: Mazraat Salim / Mazraa Salem.
  if (word.length > 3 && /[aeiou]h$/.test(word)) word = word.slice(0, -1);
  else if (word.length > 4 && /[^aeiou][ae]{1,2}t$/.test(word)) word = word.slice(0, -1);
  const consonants: string[] = [];
  const slots: string[] = [''];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const vowel = VOWELS.has(ch) || (i > 0 && SEMIVOWELS.has(ch));
    if (vowel) {
      slots[slots.length - 1] += ch;
    } else if (consonants[consonants.length - 1] === ch && slots[slots.length - 1] === '') {
      // A doubled consonant is one: Hammo / Hamo, Rumman / Ruman.
      continue;
    } else {
      consonants.push(ch);
      slots.push('');
    }
  }
  return { skeleton: consonants.join(''), slots };
}

/** The shape of a folded token, memoised. */
export const nameShape: (token: string) => NameShape = memoise(computeShape);

/**
 * The consonant skeleton of a folded token, a key under which transliterations of one Arabic or Kurdish
 * name meet: the velars (q, k, kh, gh, g, x) unified, a final vowel + h dropped, vowels (and w, y after the
 * first letter) removed, doubled letters halved. Qasir/Qasr → "ksr", Hasakah/Hassakeh → "hsk", Khirbet → "krbt".
 */
export function skeleton(token: string): string {
  return nameShape(token).skeleton;
}

// The vowel qualities a written vowel can stand for: Arabic has a, i and u; e is written for a or i, o for u.
function qualities(vowels: string): Set<string> {
  const set = new Set<string>();
  for (const ch of vowels) {
    if (ch === 'a') set.add('a');
    else if (ch === 'e') set.add('a').add('i');
    else if (ch === 'i' || ch === 'y') set.add('i');
    else set.add('u');
  }
  return set;
}

/**
 * True when two tokens with one skeleton can be spellings of one name. Transliterations differ in vowel
 * letters and may drop or add a short vowel between consonants (Tamr / Tamer, Qasr / Qasir; not Hajra /
 * Hajeira), but they keep a vowel at the start and at the end where the name has one, and they do not move a
 * vowel from one gap to another: Nasri / Nasir, Hajar / Hajra, Dara / Diwar are different names. In a name
 * of one or two consonants the final vowel's quality tells names apart too (Ali / Alo, but Amo / Ammu are one).
 */
export function sameNameShape(a: NameShape, b: NameShape): boolean {
  if (a.skeleton !== b.skeleton) return false;
  const last = a.slots.length - 1;
  if ((a.slots[0] === '') !== (b.slots[0] === '')) return false;
  if ((a.slots[last] === '') !== (b.slots[last] === '')) return false;
  let gained = false;
  let lost = false;
  for (let i = 1; i < last; i++) {
    if (a.slots[i] === '' && b.slots[i] !== '') gained = true;
    if (a.slots[i] !== '' && b.slots[i] === '') lost = true;
    // A vowel slipped into a cluster is one short vowel; a long one or a diphthong is a syllable of the name.
    if ((a.slots[i] === '') !== (b.slots[i] === '') && !SHORT_VOWEL.test(a.slots[i] + b.slots[i])) return false;
  }
  if (gained && lost) return false;
  if (a.skeleton.length <= 2 && a.slots[last] !== '') {
    const qa = qualities(a.slots[last]);
    if (![...qualities(b.slots[last])].some((q) => qa.has(q))) return false;
  }
  return true;
}
