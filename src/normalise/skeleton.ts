const INNER_VOWELS = /[aeiouwy]/g;
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/**
 * The consonant skeleton of a folded token, a key under which transliterations of one Arabic or Kurdish
 * name meet: q/k unified, a final vowel + h dropped, vowels (and w, y after the first letter) removed,
 * doubled letters halved. Qasir/Qasr → "ksr", Hasakah/Hassakeh → "hsk", Khirbet/Khirbat → "khrbt".
 */
export function skeleton(token: string): string {
  let value = memo.get(token);
  if (value === undefined) {
    value = computeSkeleton(token);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, value);
  }
  return value;
}

function computeSkeleton(token: string): string {
  let word = token.replace(/q/g, 'k').replace(/ph/g, 'f');
  if (word.length > 3 && /[aeiou]h$/.test(word)) word = word.slice(0, -1);
  const head = word[0] ?? '';
  const rest = word.slice(1).replace(INNER_VOWELS, '');
  const consonants = /[aeiouwy]/.test(head) ? rest : head + rest;
  return consonants.replace(/(.)\1+/g, '$1');
}
