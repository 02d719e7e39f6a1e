import type { ClaimRef, EventGroup } from '../../check/result.js';
import type { Answer } from '../../model/claim-file.js';
import { displayText, escapeMarkdown, markdownLink } from '../escape/markdown.js';
import { EMPTY_CELL } from './blocks.js';

/** An answer as a reader says it: booleans as yes/no. */
export function answerText(says: Answer): string {
  if (typeof says === 'boolean') return says ? 'yes' : 'no';
  return String(says);
}

/**
 * An event group as plain text: its title, then its date and place in parentheses (`undated` when
 * neither is known). Ending in a parenthesis, a heading of it never ends in a title's own punctuation (MD026).
 */
export function eventLabel(group: Pick<EventGroup, 'title' | 'date' | 'place'>): string {
  const details = [group.date, group.place].filter((part) => part !== undefined && part.trim() !== '');
  return `${group.title} (${details.length > 0 ? details.join(', ') : 'undated'})`;
}

// A name with nothing visible in it (an empty `by` or outlet) shows as a dash, so a sentence never has a gap.
function nameOrDash(name: string): string {
  return displayText(name) === '' ? EMPTY_CELL : name;
}

/** The article behind a claim or report, as markdown: `Outlet, published`, linked when its URL is http(s). */
export function articleLink(article: { outlet: string; published: string; url?: string }): string {
  return markdownLink(`${nameOrDash(article.outlet)}, ${article.published}`, article.url);
}

/** Who makes a claim and how it reached the article, as markdown: `SANA via Al-Monitor, in [Outlet, date](url)`. */
export function claimSource(claim: ClaimRef): string {
  const via = claim.via.length > 0 ? ` via ${escapeMarkdown(claim.via.map(nameOrDash).join(', '))}` : '';
  const hedged = claim.hedged ? ' *(hedged)*' : '';
  return `${escapeMarkdown(nameOrDash(claim.by))}${via}, in ${articleLink(claim)}${hedged}`;
}

/** A quote as markdown in typographic quotation marks, or an empty string when the claim has none. */
export function quoteText(quote: string | undefined): string {
  const escaped = quote === undefined ? '' : escapeMarkdown(quote);
  return escaped === '' ? '' : `“${escaped}”`;
}

/** Folds a name for telling origins apart: case, diacritics, punctuation and spacing ignored. */
export function originKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct origins behind some claims, in the order first met, each named as its first claim writes it. */
export function originNames(claims: readonly ClaimRef[]): string[] {
  const names = new Map<string, string>();
  for (const claim of claims) {
    const key = originKey(claim.origin);
    if (!names.has(key)) names.set(key, claim.by);
  }
  return [...names.values()];
}

/** Compares two display strings case-insensitively, then exactly, the same way on every machine. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
