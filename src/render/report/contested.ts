import type { CheckResult, EventGroup, Position, Topic } from '../../check/result.js';
import { displayText, escapeMarkdown } from '../escape/markdown.js';
import { type Block, DITTO, heading, strong, table } from './blocks.js';
import { noun } from '../plural.js';
import { articleLink, claimSource, eventLabel, quoteText } from './describe.js';
import { answerCell } from './topic-rows.js';

// One row per claim (or, on the date topic, per report); the position is named on its first row.
function positionRows(position: Position): string[][] {
  const lines = position.claims
    ? position.claims.map((claim) => [claimSource(claim), quoteText(claim.quote)])
    : (position.reports ?? []).map((report) => [articleLink(report), escapeMarkdown(report.title)]);
  if (lines.length === 0) lines.push(['', '']);
  return lines.map((cells, i) => (i === 0 ? [answerCell(position), String(position.origins), ...cells] : [DITTO, DITTO, ...cells]));
}

/** One contested topic: a line naming it, then a table of its positions and who holds each. */
export function contestedTopic(topic: Topic): string {
  const header = topic.dateTopic
    ? ['Date', 'Independent outlets', 'Reported by', 'Report']
    : ['Position', 'Independent origins', 'Who says it', 'Quote'];
  const intro = topic.dateTopic
    ? `${strong(topic.about)} — the reports give ${topic.positions.length} different dates`
    : `${strong(topic.about)} — ${topic.positions.length} positions`;
  const parts = [intro, table(header, topic.positions.flatMap(positionRows))];
  if (topic.spanning !== undefined && topic.spanning.length > 0) {
    const reports = topic.spanning.map((report) => `${articleLink(report)} (${escapeMarkdown(report.date ?? 'undated')})`);
    parts.push(`Also reported with a date that spans several of these, so contradicting none: ${reports.join(', ')}`);
  }
  return parts.join('\n\n');
}

// The articles behind an event's reports, each once, linked.
function reportsLine(group: EventGroup): string {
  const articles = [...new Map(group.reports.map((report) => [report.source, report])).values()];
  const outlets = new Set(articles.map((report) => report.outlet)).size;
  const counts = `${articles.length} ${noun(articles.length, 'article')} from ${outlets} ${noun(outlets, 'outlet')}`;
  return `Reported in ${counts}: ${articles.map(articleLink).join(', ')}`;
}

// Headings must differ for markdownlint (MD024) and for readers; a repeat gets a number.
function uniqueLabel(label: string, seen: Set<string>): string {
  let unique = label;
  for (let n = 2; seen.has(displayText(unique)); n += 1) unique = `${label} (${n})`;
  seen.add(displayText(unique));
  return unique;
}

/** The contested section: for each event in date order, its heading and a table per contested topic; then standing topics. */
export function contestedSection(result: CheckResult): Block[] {
  const blocks: Block[] = [heading(2, 'Contested')];
  const seen = new Set<string>();
  for (const group of result.events) {
    const topics = group.topics.filter((topic) => topic.status === 'contested');
    if (topics.length === 0) continue;
    blocks.push(heading(3, uniqueLabel(eventLabel(group), seen)), reportsLine(group), ...topics.map(contestedTopic));
  }
  const standing = result.standing.filter((topic) => topic.status === 'contested');
  if (standing.length > 0) {
    blocks.push(heading(3, 'Standing claims'), 'Claims about a situation rather than one event.', ...standing.map(contestedTopic));
  }
  if (blocks.length === 1) blocks.push('No topic is contested: no two positions on one question were found.');
  return blocks;
}
