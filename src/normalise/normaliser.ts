import type { CorpusConfig } from '../config/config.js';
import { compileAliases, nameTokens, phraseTokens, type AliasTable } from './aliases.js';
import { isPolarityWord } from './polarity.js';
import { QUESTION_KINDS, STOP_WORDS, YES_NO_WORDS } from './word-lists.js';

/** A text after normalisation. */
export interface NormalText {
  /** Folded, stemmed tokens with aliases applied and question words marked `?kind` ("?count", "?who"). */
  tokens: string[];
  /** `tokens` joined by spaces: equal texts mean the same after normalisation. */
  text: string;
  /** Distinct tokens that carry meaning: stop words, yes/no framing and polarity cues removed. */
  content: string[];
}

/** Normalises texts for one corpus configuration, memoised per distinct string. */
export interface Normaliser {
  normalise(text: string): NormalText;
  /** A name (a place) folded, aliases applied, but not stemmed, so that transliterations compare letter by letter. */
  name(text: string): string[];
  readonly aliases: AliasTable;
  /** The aliases as they apply to unstemmed names (`name`). */
  readonly nameAliases: AliasTable;
}

/** True for a `?kind` token that stands for a question word. */
export function isQuestionKind(token: string): boolean {
  return token.startsWith('?');
}

/** Builds the normaliser: aliases are compiled once, each distinct string is normalised once. */
export function createNormaliser(config: Pick<CorpusConfig, 'aliases'>): Normaliser {
  const aliases = compileAliases(config.aliases);
  const nameAliases = compileAliases(config.aliases, nameTokens);
  const memo = new Map<string, NormalText>();
  const names = new Map<string, string[]>();

  function compute(text: string): NormalText {
    // normalise: fold, stem, aliases (longest first), question words
    const tokens = aliases.rewrite(phraseTokens(text)).map((token) => {
      const kind = QUESTION_KINDS.get(token);
      return kind === undefined ? token : `?${kind}`;
    });
    const content: string[] = [];
    for (const token of tokens) {
      if (STOP_WORDS.has(token) || YES_NO_WORDS.has(token) || isPolarityWord(token)) continue;
      if (!content.includes(token)) content.push(token);
    }
    return { tokens, text: tokens.join(' '), content };
  }

  return {
    aliases,
    nameAliases,
    name(text) {
      let tokens = names.get(text);
      if (!tokens) {
        tokens = nameAliases.rewrite(nameTokens(text));
        names.set(text, tokens);
      }
      return tokens;
    },
    normalise(text) {
      let result = memo.get(text);
      if (!result) {
        result = compute(text);
        memo.set(text, result);
      }
      return result;
    },
  };
}
