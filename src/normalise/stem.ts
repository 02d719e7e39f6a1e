// Words that end like a plural or a past tense but are not one.
const KEEP = new Set([
  'news', 'gas', 'us', 'bus', 'yes', 'this', 'thus', 'has', 'was', 'is', 'his', 'its', 'as', 'less', 'unless',
  'series', 'species', 'means', 'always', 'perhaps', 'whereas', 'across', 'towards', 'afterwards', 'besides',
  'politics', 'physics', 'economics', 'arms', 'police', 'isis', 'status', 'chaos', 'crisis', 'analysis', 'basis',
  'need', 'speed', 'seed', 'feed', 'indeed', 'red', 'bed', 'shed', 'led', 'fled', 'hundred', 'sacred', 'naked',
  'wicked', 'ragged', 'during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'thing',
  'king', 'ring', 'spring', 'string', 'wing', 'bring', 'sing', 'ceiling', 'building',
]);
const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([b-df-hj-np-tv-z])\1$/;

function dropDouble(stem: string): string {
  return DOUBLE_END.test(stem) ? stem.slice(0, -1) : stem;
}

function stemPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|'s)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function stemVerb(word: string): string {
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  const suffix = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  if (suffix === 0) return word;
  const stem = word.slice(0, -suffix);
  // "used", "red", "sing": too short, or no vowel left, to be a stem.
  if (stem.length < 3 || !VOWEL.test(stem)) return word;
  return stem;
}

// A person of a trade or a group: "policemen" / "policeman" → "police", "militiamen" → "militia". Only when
// enough of a word is left ("gunmen" → "gunman", "women" → "woman").
function stemPerson(word: string): string {
  const m = /^(.*)m[ae]n$/.exec(word);
  if (!m) return word;
  return m[1].length >= 4 ? m[1] : `${m[1]}man`;
}

/**
 * Light stemming of one folded token: plurals ("patrols" → "patrol", "casualties" → "casualty") and the
 * regular past and -ing forms ("killed" → "kil", "patrolling" → "patrol"); a doubled final consonant is
 * always halved, so "kill" and "killed" meet. Short words and a list of look-alikes ("us", "news", "gas")
 * are kept; "-men" and "-man" of a person go ("policemen" → "police"). The result is a matching key, not a
 * word to show.
 */
export function stemToken(token: string): string {
  if (token.length <= 3 || KEEP.has(token) || /\d/.test(token)) return token;
  if (/m[ae]n$/.test(token)) return stemPerson(token);
  return dropDouble(stemVerb(stemPlural(token)));
}
