import type { CheckResult, Position } from '../../check/result.js';
import { escapeMarkdown } from '../escape/markdown.js';
import { type Block, heading, table } from './blocks.js';
import { originNames } from './describe.js';
import { topicRows } from './topic-rows.js';

function originsCell(position: Position): string {
  const names = position.claims ? originNames(position.claims) : [...new Set((position.reports ?? []).map((r) => r.outlet))];
  return `${position.origins}: ${escapeMarkdown(names.join(', '))}`;
}

/** The corroborated section: one compact row per agreed answer, with the independent origins behind it. */
export function corroboratedSection(result: CheckResult): Block[] {
  const rows = topicRows(result, 'corroborated', originsCell);
  return [
    heading(2, 'Corroborated'),
    rows.length === 0
      ? 'No topic is corroborated by two or more independent origins.'
      : table(['Event', 'Topic', 'Answer', 'Independent origins'], rows),
  ];
}
