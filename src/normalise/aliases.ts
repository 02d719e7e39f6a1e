import { foldText } from './fold.js';
import { stemToken } from './stem.js';
import { AliasVocabulary } from './alias-vocabulary.js';
import { BUILT_IN_PHRASES, STOP_WORDS } from './word-lists.js';

/** A canonical name: its tokens as written, and (once resolved) what a phrase standing for it becomes. */
interface Target {
  tokens: string[];
  name: string;
  output?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The canonical name a phrase ending here stands for. */
  target?: Target;
}

/** The configured aliases compiled once into a token trie: every variant of a name becomes the name. */
export interface AliasTable {
  /** Rewrites every variant inside a token sequence to its canonical tokens, longest match first. */
  rewrite(tokens: readonly string[]): string[];
  /** The canonical name as written in the configuration when the whole sequence is one name or variant. */
  nameOf(tokens: readonly string[]): string | undefined;
  /**
   * The configured canonical name whose words, stop words out, are exactly these (already rewritten) tokens:
   * how a place or a topic is recognised as one the configuration names.
   */
  canonicalOf(content: readonly string[]): string | undefined;
  /**
   * The one configured name whose words (its own and its variants', stop words out) include every one of these
   * tokens and some of its own: "Russian private contractors" is Russian military contractors when that name
   * has the variant "private military contractors". Undefined when no name, or more than one, fits.
   */
  nameByWords(content: readonly string[]): string | undefined;
  /** The tokens a configured name becomes (what `rewrite` writes for it and its variants). */
  tokensOf(name: string): string[] | undefined;
}

function contentKey(tokens: readonly string[]): string {
  return tokens.filter((t) => !STOP_WORDS.has(t)).join(' ');
}

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** Folds and stems a phrase into matching tokens, the way every text is tokenised. */
export function phraseTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ').map(stemToken);
}

/** Folds a name into tokens without stemming: "Hamees" must not lose its s. */
export function nameTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

type Tokeniser = (text: string) => string[];

function withoutLeadingArticle(tokens: string[]): string[] {
  return tokens.length > 1 && LEADING_ARTICLES.has(tokens[0]) ? tokens.slice(1) : tokens;
}

// The forms a name is matched in: as written, and without its Arabic article ("al-Hasakah" and "Hasakah").
function matchForms(text: string, tokenise: Tokeniser): string[][] {
  const tokens = withoutLeadingArticle(tokenise(text));
  return tokens.length > 1 && tokens[0] === 'al' ? [tokens, tokens.slice(1)] : [tokens];
}

function insert(root: TrieNode, key: string[], target: Target): void {
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
 * also matches without a leading "the" or Arabic article: "UK-based monitor group", "Malikiyah". `tokenise`
 * is how texts are tokenised before they are rewritten (stemmed by default; `nameTokens` for names).
 */
export function compileAliases(aliases: Readonly<Record<string, readonly string[]>>, tokenise: Tokeniser = phraseTokens): AliasTable {
  const root: TrieNode = { next: new Map() };
  const targets: Target[] = [];
  for (const [name, variants] of Object.entries(aliases)) {
    const target: Target = { tokens: withoutLeadingArticle(tokenise(name)), name };
    targets.push(target);
    for (const written of [name, ...variants]) for (const form of matchForms(written, tokenise)) insert(root, form, target);
  }
  for (const [phrase, token] of BUILT_IN_PHRASES) insert(root, tokenise(phrase), { tokens: [token], name: token });

  // The longest phrase starting at `start`, other than `exclude` (a canonical name is not its own variant).
  function longestAt(tokens: readonly string[], start: number, exclude?: Target): { length: number; target?: Target } {
    let node: TrieNode | undefined = root;
    let best: { length: number; target?: Target } = { length: 0 };
    for (let i = start; i < tokens.length; i++) {
      node = node.next.get(tokens[i]);
      if (!node) break;
      if (node.target && node.target !== exclude) best = { length: i - start + 1, target: node.target };
    }
    return best;
  }

  const resolving = new Set<Target>();
  // What a phrase becomes: its canonical name, itself written with the other aliases applied ("US troop
  // numbers" is a topic whose "US troops" is a force: it becomes "US forces numbers" like any other text).
  function output(target: Target): string[] {
    if (target.output) return target.output;
    if (resolving.has(target)) return target.tokens;
    resolving.add(target);
    target.output = rewrite(target.tokens, target);
    resolving.delete(target);
    return target.output;
  }

  function rewrite(tokens: readonly string[], exclude?: Target): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      const { length, target } = longestAt(tokens, i, exclude);
      if (target) {
        out.push(...output(target));
        i += length;
      } else {
        out.push(tokens[i]);
        i += 1;
      }
    }
    return out;
  }

  const byName = new Map(targets.map((t) => [t.name, t]));
  const canonical = new Map<string, string>();
  const byOutput = new Map<string, string>();
  const vocabulary = new AliasVocabulary();
  for (const target of targets) {
    const tokens = output(target);
    const key = contentKey(tokens);
    if (key !== '' && !canonical.has(key)) canonical.set(key, target.name);
    if (!byOutput.has(tokens.join(' '))) byOutput.set(tokens.join(' '), target.name);
    vocabulary.add(target.name, tokens, true);
    for (const variant of aliases[target.name]) vocabulary.add(target.name, rewrite(tokenise(variant), target), false);
  }

  return {
    rewrite: (tokens) => rewrite(tokens),
    nameOf(tokens) {
      const key = withoutLeadingArticle([...tokens]);
      const { length, target } = longestAt(key, 0);
      return target && length === key.length ? target.name : byOutput.get(key.join(' '));
    },
    canonicalOf(content) {
      return canonical.get(contentKey(content));
    },
    nameByWords: (content) => vocabulary.nameOf(content),
    tokensOf(name) {
      const target = byName.get(name);
      return target ? output(target) : undefined;
    },
  };
}
