import { ORIGIN_SAME, TOKEN_FUZZY_MIN_LENGTH } from '../check/thresholds.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { similarity } from '../normalise/similarity.js';
import { phraseTokens } from '../normalise/aliases.js';
import { HONORIFICS, ORGANISATION_WORDS, SPOKESPERSON_TITLES, STOP_WORDS } from '../normalise/word-lists.js';

/** Who a claim comes from, for counting independent origins. */
export interface Origin {
  /** Equal keys are one origin. */
  key: string;
  /** As shown: the configured canonical name, else the origin as written. */
  name: string;
}

/** "Name (Affiliation)": the text before a closing parenthesis at the end, and what the parenthesis holds. */
function affiliationOf(text: string): [string, string, string] | null {
  // Scanned by hand: a regular expression for this backtracks quadratically on long runs of spaces.
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('(');
  const inner = trimmed.slice(open + 1, -1);
  if (open < 0 || inner === '' || inner.includes(')')) return null;
  return [text, trimmed.slice(0, open).trimEnd(), inner];
}
// "SOHR's director Rami Abdulrahman": the speaker's title after a possessive.
const POSSESSIVE = /^(.+?)['\u2019]s\s+(\p{L}+)/u;
// "the Britain-based", "UK-based": where an organisation sits, not who it is.
const BASED = /(?:^|\s)(?:the\s+)?[\p{L}\p{N}.]+[-\u2010\u2011]based(?=\s|$)/giu;

// Stop words and honorifics out, but not a closing letter: "Witness A" is not "Witness".
const contentOf = (tokens: readonly string[]) =>
  tokens.filter((t, i) => (i > 0 && i === tokens.length - 1 && t.length === 1) || (!STOP_WORDS.has(t) && !HONORIFICS.has(t)));

// True when every token of `short` occurs in `long`, in order.
function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const token of long) if (at < short.length && token === short[at]) at += 1;
  return at === short.length;
}

// True when `acronym` is the initials of the name's words (stop words out): "SOHR" for the Syrian Observatory
// for Human Rights.
function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || /\s/.test(acronym.trim())) return false;
  const initials = contentOf(phraseTokens(name)).map((t) => t[0]).join('');
  return initials === letters;
}

/**
 * Resolves a claim's origin (contract §2.5): its `by`, else the outlet. Aliases of the whole `by` apply first
 * ("Delil Hasso (local activist)" declared as a variant of Delil Hasso is Delil Hasso), then aliases inside it
 * ("the Britain-based Syrian Observatory for Human Rights" holds a variant of SOHR). A speaker's title after a
 * possessive stands for the organisation ("SOHR's director Rami Abdulrahman" is SOHR), and a location
 * descriptor ("the UK-based") is dropped. Otherwise a parenthesis that names an organisation stands for the
 * origin: "Col. Myles Caggins (Global Coalition)" is the Global Coalition, since a spokesman speaking for an
 * organisation is not independent of it. A parenthesis names an organisation when the configuration declares
 * it (as a name or a variant), when it is, on its own, the `by` or the outlet of some claim (`known`), when it
 * has an organisation's word ("… Research Centre", "Ministry of …"), or when it is the acronym of the name
 * before it ("The Syrian Observatory for Human Rights (SOHR)"; the full name then stands for the acronym
 * everywhere). A description ("local activist", "US envoy for Syria") is not one, and the name before it is
 * the origin. A short form of exactly one longer known name ("the Observatory", "Syrian Observatory") is that
 * name; a short form of several stays itself, and an outlet's name ("Al-Monitor") is never a short form.
 * Honorifics, articles and case do not matter. Each origin is
 * shown under the name it was first resolved with, so one origin has one name.
 */
export function createOriginResolver(
  normaliser: Normaliser,
  known: Iterable<string> = [],
  outlets: Iterable<string> = [],
): (by: string | undefined, outlet: string) => Origin {
  const memo = new Map<string, Origin>();
  const names = new Map<string, string>();
  const keyOf = (tokens: readonly string[]): string => {
    const kept = contentOf(tokens);
    return (kept.length > 0 ? kept : tokens).join(' ');
  };
  const knownNames = [...known];
  const knownKeys = new Set<string>();
  // Full names written with their acronym: the full name's key → the acronym.
  const acronyms = new Map<string, string>();
  for (const name of knownNames) {
    const affiliation = affiliationOf(name);
    if (!affiliation) knownKeys.add(keyOf(normaliser.normalise(name).tokens));
    else if (isAcronymOf(affiliation[2], affiliation[1])) acronyms.set(keyOf(normaliser.normalise(cleaned(affiliation[1])).tokens), affiliation[2].trim());
  }

  function namesOrganisation(text: string): boolean {
    const { tokens, content } = normaliser.normalise(text);
    if (content.length === 0) return false;
    return normaliser.aliases.nameOf(tokens) !== undefined || knownKeys.has(keyOf(tokens)) || tokens.some((t) => ORGANISATION_WORDS.has(t));
  }

  // The part of a written origin that names it, before aliases.
  function cleaned(written: string): string {
    const possessive = POSSESSIVE.exec(written);
    let text = written;
    if (possessive && SPOKESPERSON_TITLES.has(phraseTokens(possessive[2])[0] ?? '')) text = possessive[1];
    const stripped = text.replace(BASED, ' ').trim();
    return stripped === '' ? text.trim() : stripped;
  }

  function part(written: string): string {
    if (normaliser.aliases.nameOf(normaliser.normalise(written).tokens) !== undefined) return written;
    const text = cleaned(written);
    if (normaliser.aliases.nameOf(normaliser.normalise(text).tokens) !== undefined) return text;
    const affiliation = affiliationOf(text);
    if (!affiliation) return acronyms.get(keyOf(normaliser.normalise(text).tokens)) ?? text;
    const before = affiliation[1].trim();
    if (namesOrganisation(affiliation[2]) || isAcronymOf(affiliation[2], before)) return affiliation[2].trim();
    return before || text;
  }

  function baseKey(written: string): { part: string; tokens: string[]; key: string } {
    const p = part(written);
    const tokens = normaliser.normalise(p).tokens;
    return { part: p, tokens, key: keyOf(tokens) };
  }

  // Known names by their words before aliases, to find the one longer name a short form stands for; the
  // longest are indexed first, so that a short form points where the longer forms it is part of point.
  const longForms = new Map<string, { raw: string[]; key: string }[]>();
  const forms = [...new Set(knownNames)].map((name) => ({ name, text: cleaned(affiliationOf(name)?.[1] || name) }));
  const raws = new Map(forms.map((f) => [f.name, contentOf(phraseTokens(f.text))]));
  forms.sort((x, y) => (raws.get(y.name)?.length ?? 0) - (raws.get(x.name)?.length ?? 0) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const outletKeys = new Set([...outlets].map((outlet) => keyOf(normaliser.normalise(outlet).tokens)));

  function longerForm(text: string, key: string): string | undefined {
    if (outletKeys.has(key)) return undefined;
    if (normaliser.aliases.nameOf(normaliser.normalise(text).tokens) !== undefined) return undefined;
    const raw = contentOf(phraseTokens(text));
    if (raw.length === 0) return undefined;
    const keys = new Set<string>();
    for (const form of longForms.get(raw[0]) ?? []) {
      if (form.raw.length > raw.length && form.key !== key && inOrder(raw, form.raw)) keys.add(form.key);
    }
    return keys.size === 1 ? [...keys][0] : undefined;
  }

  for (const { name, text } of forms) {
    const raw = raws.get(name) ?? [];
    const base = baseKey(name);
    const key = (affiliationOf(name) ? undefined : longerForm(text, base.key)) ?? base.key;
    for (const token of new Set(raw)) {
      let list = longForms.get(token);
      if (!list) longForms.set(token, (list = []));
      list.push({ raw, key });
    }
  }

  return (by, outlet) => {
    const written = (by ?? outlet).trim();
    let origin = memo.get(written);
    if (!origin) {
      const base = baseKey(written);
      const key = longerForm(base.part, base.key) ?? base.key;
      let name = names.get(key);
      if (name === undefined) {
        name = normaliser.aliases.nameOf(base.tokens) ?? base.part;
        names.set(key, name);
      }
      origin = { key, name };
      memo.set(written, origin);
    }
    return origin;
  };
}

// Short tokens (letters, numbers: "Witness A", "Source 2") tell names apart however alike the rest is.
function sameShortTokens(a: string, b: string): boolean {
  const short = (key: string) => key.split(' ').filter((t) => t.length < TOKEN_FUZZY_MIN_LENGTH).sort().join(' ');
  return short(a) === short(b);
}

/**
 * Counts independent origins among origin keys: equal keys are one origin, and so are keys alike at or above
 * `ORIGIN_SAME` (a misspelt name) whose short tokens are the same ("Witness A" and "Witness B" are two),
 * joined transitively. The fuzzy pass is skipped above 50 distinct keys.
 */
export function countOrigins(keys: Iterable<string>): number {
  const distinct = [...new Set(keys)].sort();
  if (distinct.length <= 1 || distinct.length > 50) return distinct.length;
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (sameShortTokens(distinct[i], distinct[j]) && similarity(distinct[i], distinct[j]) >= ORIGIN_SAME) parent[find(j)] = find(i);
    }
  }
  return new Set(distinct.map((_, i) => find(i))).size;
}
