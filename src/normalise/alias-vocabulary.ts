import { STOP_WORDS } from './word-lists.js';

/**
 * The words of each configured name and of its variants, so that a name written in a new combination of
 * them is still recognised: "Russian private contractors" beside the name "Russian military contractors"
 * and its variant "private military contractors".
 */
export class AliasVocabulary {
  private readonly namesOfWord = new Map<string, Set<string>>();
  private readonly ownWords = new Map<string, Set<string>>();

  /** Adds the words of one written form of `name`; `own` marks the name's own words (its canonical form). */
  add(name: string, words: readonly string[], own: boolean): void {
    for (const word of words) {
      if (STOP_WORDS.has(word)) continue;
      let names = this.namesOfWord.get(word);
      if (!names) this.namesOfWord.set(word, (names = new Set()));
      names.add(name);
      if (!own) continue;
      let mine = this.ownWords.get(name);
      if (!mine) this.ownWords.set(name, (mine = new Set()));
      mine.add(word);
    }
  }

  /**
   * The one name whose words include every one of `content` and at least one of its own words; undefined
   * when no name, or more than one, fits.
   */
  nameOf(content: readonly string[]): string | undefined {
    let fits: string[] | undefined;
    for (const word of content) {
      const names = this.namesOfWord.get(word);
      if (!names) return undefined;
      fits = fits ? fits.filter((name) => names.has(name)) : [...names];
      if (fits.length === 0) return undefined;
    }
    if (!fits || fits.length !== 1) return undefined;
    const own = this.ownWords.get(fits[0]);
    return own && content.some((word) => own.has(word)) ? fits[0] : undefined;
  }
}
