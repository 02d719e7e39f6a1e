import { foldText } from './fold.js';
import { stemToken } from './stem.js';
import { BUILT_IN_PHRASES } from './word-lists.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The canonical tokens a phrase ending here becomes, and the canonical name as written. */
  target?: { tokens: string[]; name: string };
}

/** The configured aliases compiled once into a token trie: every variant of a name becomes the name. */
export interface AliasTable {
  /** Rewrites every variant inside a token sequence to its canonical tokens, longest match first. */
  rewrite(tokens: readonly string[]): string[];
  /** The canonical name as written in the configuration when the whole sequence is one name or variant. */
  nameOf(tokens: readonly string[]): string | undefined;
}

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** Folds and stems a phrase into matching tokens, the way every text is tokenised. */
export function phraseTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ').map(stemToken);
}

function withoutLeadingArticle(tokens: string[]): string[] {
  return tokens.length > 1 && LEADING_ARTICLES.has(tokens[0]) ? tokens.slice(1) : tokens;
}

// The forms a name is matched in: as written, and without its Arabic article ("al-Hasakah" and "Hasakah").
function matchForms(text: string): string[][] {
  const tokens = withoutLeadingArticle(phraseTokens(text));
  return tokens.length > 1 && tokens[0] === 'al' ? [tokens, tokens.slice(1)] : [tokens];
}

function insert(root: TrieNode, key: string[], target: { tokens: string[]; name: string }): void {
  if (key.length === 0) return;
  let node = root;
  for (const token of key) {
    let child = node.next.get(token);
    if (!child) {
      child = { next: new Map() };
      node.next.set(token, child);
    }
    node = child;
  }
  // The first declaration of a variant wins, so the table does not depend on later entries.
  node.target ??= target;
}

/**
 * Compiles `aliases` (canonical name → variants) and the built-in phrases into one trie. Each name and variant
 * also matches without a leading "the" or Arabic article: "UK-based monitor group", "Malikiyah".
 */
export function compileAliases(aliases: Readonly<Record<string, readonly string[]>>): AliasTable {
  const root: TrieNode = { next: new Map() };
  for (const [name, variants] of Object.entries(aliases)) {
    const target = { tokens: withoutLeadingArticle(phraseTokens(name)), name };
    for (const written of [name, ...variants]) for (const form of matchForms(written)) insert(root, form, target);
  }
  for (const [phrase, token] of BUILT_IN_PHRASES) insert(root, phraseTokens(phrase), { tokens: [token], name: token });

  function longestAt(tokens: readonly string[], start: number): { length: number; target: TrieNode['target'] } {
    let node: TrieNode | undefined = root;
    let best: { length: number; target: TrieNode['target'] } = { length: 0, target: undefined };
    for (let i = start; i < tokens.length; i++) {
      node = node.next.get(tokens[i]);
      if (!node) break;
      if (node.target) best = { length: i - start + 1, target: node.target };
    }
    return best;
  }

  return {
    rewrite(tokens) {
      const out: string[] = [];
      let i = 0;
      while (i < tokens.length) {
        const { length, target } = longestAt(tokens, i);
        if (target) {
          out.push(...target.tokens);
          i += length;
        } else {
          out.push(tokens[i]);
          i += 1;
        }
      }
      return out;
    },
    nameOf(tokens) {
      const key = withoutLeadingArticle([...tokens]);
      const { length, target } = longestAt(key, 0);
      return target && length === key.length ? target.name : undefined;
    },
  };
}
