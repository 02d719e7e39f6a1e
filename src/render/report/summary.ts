import type { CheckResult, EventGroup } from '../../check/result.js';
import { isDateProblem, parseClaimDate } from '../../model/claim-date.js';
import { escapeMarkdown } from '../escape/markdown.js';
import { type Block, bulletList, heading } from './blocks.js';
import { noun } from '../plural.js';
import { originKey } from './describe.js';
import type { ReportFormatOptions } from './options.js';

function count(n: number, singular: string): string {
  return `**${n}** ${noun(n, singular)}`;
}

// The earliest start and the latest end among the groups' dates, as written (`2020-01`, `2020-02-12`).
function dateRange(events: readonly EventGroup[]): { from: string; to: string } | undefined {
  const dates = events.flatMap(({ date }) => {
    const parsed = date === undefined ? undefined : parseClaimDate(date);
    return parsed === undefined || isDateProblem(parsed) ? [] : [parsed];
  });
  if (dates.length === 0) return undefined;
  const first = dates.reduce((a, b) => (b.start < a.start ? b : a));
  const last = dates.reduce((a, b) => (b.end > a.end ? b : a));
  return { from: first.text.split('/')[0], to: last.text.split('/').at(-1) ?? last.text };
}

function scopeLine(options: ReportFormatOptions): string | undefined {
  const { status, event } = options.filter ?? {};
  const parts: string[] = [];
  if (status !== undefined) parts.push(`only ${status} topics`);
  if (event !== undefined) parts.push(`only events matching “${escapeMarkdown(event)}”`);
  return parts.length > 0 ? `This report shows ${parts.join(', and ')}; the counts below are for what it shows.` : undefined;
}

/** The summary: what was checked (files, claims, events, their dates, sources) and how its topics stand. */
export function summarySection(result: CheckResult, options: ReportFormatOptions): Block[] {
  const { summary } = result;
  const outlets = new Set(result.sources.map((source) => originKey(source.outlet))).size;
  const range = dateRange(result.events);
  const items = [
    `${count(summary.files, 'claim file')}, ${count(summary.claims, 'claim')}, ${count(summary.events, 'event')}`,
    range === undefined
      ? 'No dated events'
      : range.from === range.to
        ? `Events dated **${escapeMarkdown(range.from)}**`
        : `Events dated **${escapeMarkdown(range.from)}** to **${escapeMarkdown(range.to)}**`,
    `${count(summary.sources, 'source')} from ${count(outlets, 'outlet')}`,
    `${count(summary.topics, 'topic')}: **${summary.contested}** contested, **${summary.corroborated}** corroborated, **${summary.singleSource}** single-source`,
  ];
  const blocks: Block[] = [heading(2, 'Summary')];
  const scope = scopeLine(options);
  if (scope !== undefined) blocks.push(scope);
  blocks.push(bulletList(items));
  const excluded = options.excludedFiles ?? [];
  if (excluded.length > 0) {
    blocks.push(
      `${count(excluded.length, 'claim file')} left out because of lint errors (run \`claimcheck lint\` for details):`,
      bulletList(excluded.map((file) => escapeMarkdown(file))),
    );
  }
  return blocks;
}
