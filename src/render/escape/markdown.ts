/*
 * Untrusted text in GitHub-flavoured markdown. Claim files are written by many hands and may
 * hold anything; in the report, their text must read as text: never a table cell boundary, a
 * heading, a list, HTML, an emphasis, a link, an autolink, a mention or a maths span. The one
 * escaping below is safe in every inline place the report puts text: paragraphs, list items,
 * table cells, headings and link text. Only URLs that pass `safeHref` become links.
 */

// C0 and C1 control characters and DEL (line breaks and tabs are folded into spaces first).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional embeddings, overrides and isolates can make text display in another order than it reads.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const WHITESPACE_RUN = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;
// Invisible and not a line-break opportunity: splits what GFM or GitHub would turn into a link or mention.
const WORD_JOINER = '\u2060';
// `scheme://` and `www.` (GFM autolinks), `@name` (e-mail autolinks and GitHub mentions), `#123` (issue references).
const LINK_TRIGGER = /(?<=:)(?=\/\/)|(?<=www)(?=\.)|(?<=@)(?=[\p{L}\p{N}_-])|(?<=#)(?=\d)/giu;
// Characters that open or close markdown constructs anywhere in a line.
const SPECIAL = /[\\`*_[\]<>|~&$#]/g;
// Entities where a backslash is not enough: `&` and `<`/`>` for HTML, `$` for GitHub's maths.
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', $: '&#36;' };
// What would open a list item (`-`, `+`, `1.`, `1)`) or a thematic break (`---`) at the start of a
// line; `*`, `_`, `#` and `>` are escaped everywhere.
const LEADING_MARKER = /^(?:[-+]|\d{1,9}[.)](?= |$))/;

/**
 * The text as a reader will see it: whitespace runs folded into one space and trimmed, control
 * and bidi-override characters shown as U+FFFD, and autolink, mention and issue-reference triggers split
 * by a word joiner.
 */
export function displayText(value: string | number | boolean): string {
  return String(value)
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .replace(CONTROL, '\uFFFD')
    .replace(BIDI, '\uFFFD')
    .replace(LINK_TRIGGER, WORD_JOINER);
}

/** Escapes untrusted text for any inline place in the report: paragraph, list item, table cell, heading or link text. */
export function escapeMarkdown(value: string | number | boolean): string {
  const escaped = displayText(value).replace(SPECIAL, (ch) => ENTITY[ch] ?? `\\${ch}`);
  return escaped.replace(LEADING_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

// Characters a markdown link destination (or a GFM table row) would read as syntax.
const UNSAFE_IN_DESTINATION = /[\s()<>[\]|\\`'"]/g;

function httpUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}

/**
 * The URL as a markdown link destination when it is an absolute http or https URL, else undefined.
 * Other schemes (`javascript:`, `data:`, relative paths) never become links.
 */
export function safeHref(url: string): string | undefined {
  return httpUrl(url)
    ?.href.replace(UNSAFE_IN_DESTINATION, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&/g, '&amp;');
}

/** The site of an http(s) URL as a reader knows it: its host without `www.` (the origin for a host without a dot). */
export function siteName(url: string): string | undefined {
  const parsed = httpUrl(url);
  if (parsed === undefined) return undefined;
  const host = parsed.hostname.replace(/^www\./, '');
  return host.includes('.') ? host : parsed.origin;
}

/** A link labelled `text` when `url` is http(s), else the text alone; an empty label becomes the site name. */
export function markdownLink(text: string, url: string | undefined): string {
  const href = url === undefined ? undefined : safeHref(url);
  if (href === undefined || url === undefined) return escapeMarkdown(text);
  const label = displayText(text) === '' ? siteName(url) ?? href : text;
  return `[${escapeMarkdown(label)}](${href})`;
}
