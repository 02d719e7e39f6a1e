import type { CheckResult, SourceSummary } from '../../check/result.js';
import { escapeMarkdown, markdownLink, siteName } from '../escape/markdown.js';
import { type Block, heading, table } from './blocks.js';

// The article's site, linked; a URL that is not http(s) is shown as text, never as a link.
function linkCell(source: SourceSummary): string {
  if (source.url === undefined) return '';
  const site = siteName(source.url);
  return site === undefined ? escapeMarkdown(source.url) : markdownLink(site, source.url);
}

/** The sources: every article checked, with its outlet, title, date, lean, link and number of claims. */
export function sourcesSection(result: CheckResult): Block[] {
  if (result.sources.length === 0) return [heading(2, 'Sources'), 'No sources.'];
  const rows = result.sources.map((source) => [
    escapeMarkdown(source.outlet),
    escapeMarkdown(source.title),
    escapeMarkdown(source.published),
    escapeMarkdown(source.lean ?? ''),
    linkCell(source),
    String(source.claims),
  ]);
  return [heading(2, 'Sources'), table(['Outlet', 'Title', 'Published', 'Lean', 'Link', 'Claims'], rows)];
}
