import { stemToken } from './stem.js';

function stemmed(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(stemToken));
}

/** Words that turn an answer into its negative ("no joint patrols", "denied", "did not happen"). */
const NEGATION_CUES = stemmed(`
  no not never none nobody nothing neither nor without deny denied denies denial false untrue incorrect
  dont didnt doesnt isnt arent wasnt werent hasnt havent hadnt cannot cant wont wouldnt couldnt shouldnt
`);
/** Words that only affirm ("yes", "confirmed"): with nothing else said, the answer is a plain yes. */
const AFFIRMATIONS = stemmed('yes true confirm confirmed confirms correct indeed affirmed');
/**
 * A cue followed by one of these is not a negation of what follows: "not only", "not just", "no doubt",
 * "nothing but", "none other than", "not until" (a time, not a denial). "no longer" is a negation: the state ended.
 */
const NOT_A_NEGATION_AFTER: ReadonlyMap<string, Set<string>> = new Map([
  [stemToken('not'), stemmed('only just merely simply until')],
  [stemToken('no'), stemmed('doubt question')],
  [stemToken('without'), stemmed('doubt question')],
  [stemToken('nothing'), stemmed('but')],
  [stemToken('none'), stemmed('other')],
]);

/** The polarity of a normalised token sequence and what it says once the cues are taken out. */
export interface Polarity {
  /** An odd number of negation cues: "not untrue" is positive again. */
  negated: boolean;
  /** True when the text had a negation or affirmation cue at all. */
  cued: boolean;
  /** The tokens with negation and affirmation cues removed. */
  residual: string[];
}

/** Finds negation cues (minding "not only", "no doubt" …) and affirmations in normalised tokens. */
export function detectPolarity(tokens: readonly string[]): Polarity {
  let negations = 0;
  let cued = false;
  const residual: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (NEGATION_CUES.has(token)) {
      const exceptions = NOT_A_NEGATION_AFTER.get(token);
      if (exceptions && i + 1 < tokens.length && exceptions.has(tokens[i + 1])) {
        // "not only X": neither word changes the polarity; both are filler.
        i += 1;
        continue;
      }
      negations += 1;
      cued = true;
      continue;
    }
    if (AFFIRMATIONS.has(token)) {
      cued = true;
      continue;
    }
    residual.push(token);
  }
  return { negated: negations % 2 === 1, cued, residual };
}

/** True for a token that is a negation cue or an affirmation (so topic matching can ignore it). */
export function isPolarityWord(token: string): boolean {
  return NEGATION_CUES.has(token) || AFFIRMATIONS.has(token);
}
