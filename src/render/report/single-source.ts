import type { CheckResult, Position } from '../../check/result.js';
import { type Block, heading, table } from './blocks.js';
import { noun } from '../plural.js';
import { articleLink, claimSource } from './describe.js';
import { countTopics, topicRows } from './topic-rows.js';

function sourceCell(position: Position): string {
  const sources = position.claims ? position.claims.map(claimSource) : (position.reports ?? []).map((r) => articleLink(r));
  return sources.join('<br>');
}

/** The single-source section: answers only one origin gives, folded in a `<details>` block. */
export function singleSourceSection(result: CheckResult): Block[] {
  const rows = topicRows(result, 'single-source', sourceCell);
  if (rows.length === 0) return [heading(2, 'Single-source'), 'No topic rests on a single origin.'];
  const n = countTopics(result, 'single-source');
  return [
    heading(2, 'Single-source'),
    'Answers that only one origin gives: neither contradicted nor confirmed by anyone independent.',
    `<details>\n<summary>${n} single-source ${noun(n, 'topic')}</summary>`,
    table(['Event', 'Topic', 'Answer', 'Source'], rows),
    '</details>',
  ];
}
