import { lint } from 'markdownlint/sync';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** markdownlint's default rules, with line length off and the HTML the report uses allowed. */
export const LINT_CONFIG = {
  default: true,
  MD013: false,
  MD033: { allowed_elements: ['details', 'summary', 'br'] },
};

/** markdownlint's findings on a document, one readable line each (empty when clean). */
export function lintMarkdown(text: string): string[] {
  const results = lint({ strings: { report: text }, config: LINT_CONFIG });
  return results.report.map(
    (e) => `line ${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`,
  );
}

/**
 * GFM rendered to HTML the way a permissive renderer would: raw HTML and every link protocol are
 * let through, so anything the report failed to escape shows up in the output.
 */
export function renderGfm(text: string): string {
  return micromark(text, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });
}

/** The text content of an HTML fragment, with micromark's entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The names of every element in the HTML, each once. */
export function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
}

/** Every `href` in the HTML, decoded. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => textOf(m[1]));
}

/** Every table in the HTML as rows of cell HTML (header row first). */
export function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1])),
  );
}

/** Every heading in the HTML: its level and text. */
export function headings(html: string): { level: number; text: string }[] {
  return [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: textOf(m[2]) }));
}
