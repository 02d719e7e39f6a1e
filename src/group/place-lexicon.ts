import type { Normaliser } from '../normalise/normaliser.js';
import { isQuestionKind } from '../normalise/normaliser.js';
import { PLACE_FEATURES, PLACE_FILLER } from '../normalise/word-lists.js';

/**
 * The words of a corpus's place names, so that topic matching can tell the place a question is about from
 * the question. Only words as the corpus's places write them (after aliases) count: a fuzzy match would take
 * "Russian" for the "Rasain" of Abu Rasain.
 */
export class PlaceLexicon {
  private readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
  }

  /** True for a word of a place name. */
  has(token: string): boolean {
    return this.words.has(token);
  }
}

/**
 * The place lexicon of a corpus: the name part of every event's place (before the first comma or parenthesis,
 * filler and feature words out), normalised as `about`s are, so that declared spellings meet.
 */
export function placeLexicon(places: Iterable<string>, normaliser: Normaliser): PlaceLexicon {
  const words: string[] = [];
  for (const place of new Set(places)) {
    const head = place.split(/[,;(]/)[0];
    for (const token of normaliser.normalise(head).content) {
      if (!PLACE_FILLER.has(token) && !PLACE_FEATURES.has(token) && !isQuestionKind(token)) words.push(token);
    }
  }
  return new PlaceLexicon(words);
}
