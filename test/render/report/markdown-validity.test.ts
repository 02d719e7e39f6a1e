import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/check/result.js';
import { displayText } from '../../../src/render/escape/markdown.js';
import { formatReportMarkdown } from '../../../src/render/report/markdown.js';
import { lintMarkdown, headings, hrefs, renderGfm, tables, tagNames, textOf } from './markdown-tools.js';
import { emptyResult, hostileResult, realisticResult } from './sample-results.js';

const OPTIONS = { filter: { status: 'contested', event: '<b>x|y' }, excludedFiles: ['data/x|y.yaml', 'data/<script>.yaml'] } as const;

// Every element the report itself writes; anything else in the HTML was injected.
const REPORT_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'a', 'strong', 'em', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'br']);

const results: Record<string, () => CheckResult> = { realistic: realisticResult, hostile: hostileResult, empty: emptyResult };

describe.each(Object.entries(results))('the %s report', (_name, make) => {
  const markdown = formatReportMarkdown(make(), OPTIONS);
  const html = renderGfm(markdown);

  it('passes markdownlint (default rules, no line length, details/summary/br allowed), contents links included', () => {
    expect(lintMarkdown(markdown)).toEqual([]);
    expect(lintMarkdown(formatReportMarkdown(make()))).toEqual([]);
  });

  it('renders only the elements the report writes, and links only to http(s) pages or its own headings', () => {
    expect([...tagNames(html)].filter((tag) => !REPORT_TAGS.has(tag))).toEqual([]);
    for (const href of hrefs(html)) expect(href).toMatch(/^(https?:\/\/|#)/);
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
  });

  it('gives every table row exactly as many cells as its header', () => {
    for (const rows of tables(html)) {
      for (const row of rows) expect(row).toHaveLength(rows[0].length);
    }
  });

  it('is the same bytes every time, and for a copy of the same result', () => {
    expect(formatReportMarkdown(make(), OPTIONS)).toBe(markdown);
    expect(formatReportMarkdown(JSON.parse(JSON.stringify(make())) as CheckResult, OPTIONS)).toBe(markdown);
  });
});

describe('hostile text in the report', () => {
  const result = hostileResult();
  const html = renderGfm(formatReportMarkdown(result));

  it('creates no heading: the headings are the title, the sections and one per event with a contested topic', () => {
    const contestedEvents = result.events.filter((group) => group.topics.some((topic) => topic.status === 'contested'));
    const shown = headings(html);
    expect(shown.filter((h) => h.level <= 2).map((h) => h.text)).toEqual([
      'Claim cross-check report',
      'Summary',
      'Contents',
      'Contested',
      'Corroborated',
      'Single-source',
      'Who says what',
      'Sources',
    ]);
    expect(shown.filter((h) => h.level === 3)).toHaveLength(contestedEvents.length + 1);
    expect(shown.filter((h) => h.level === 3).at(-1)?.text).toBe('Standing claims');
  });

  it('shows each quote of a contested topic whole, in its own cell, as the text it is', () => {
    const cells = tables(html).flatMap((rows) => rows.flatMap((row) => row.map(textOf)));
    const quotes = [...result.events.flatMap((g) => g.topics), ...result.standing]
      .filter((topic) => topic.status === 'contested')
      .flatMap((topic) => topic.positions.flatMap((position) => position.claims ?? []))
      .flatMap((claim) => (claim.quote === undefined ? [] : [claim.quote]));
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) expect(cells).toContain(`“${displayText(quote)}”`);
  });

  it('shows the event titles as text in their headings', () => {
    const titles = headings(html).filter((h) => h.level === 3).map((h) => h.text);
    for (const group of result.events) expect(titles.some((title) => title.startsWith(displayText(group.title)))).toBe(true);
  });
});
