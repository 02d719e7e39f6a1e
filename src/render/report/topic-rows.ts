import type { CheckResult, EventGroup, Position, Topic, TopicStatus } from '../../check/result.js';
import { escapeMarkdown } from '../escape/markdown.js';
import { DITTO, strong } from './blocks.js';
import { answerText, eventLabel } from './describe.js';

/** Where a topic belongs, as a compact table cell: its event's title and date, or "standing claim". */
export function eventCell(group: EventGroup | undefined): string {
  return group === undefined ? '*standing claim*' : escapeMarkdown(eventLabel({ title: group.title, date: group.date }));
}

/** A position's answer as a table cell, marked when only hedged claims back it. */
export function answerCell(position: Position): string {
  return `${strong(answerText(position.says))}${position.hedged ? ' *(hedged)*' : ''}`;
}

/**
 * Compact table rows for every topic with `status`, events in order and then standing topics:
 * event | topic | answer | `lastCell(position)`, one row per position, repeats shown as ditto marks.
 */
export function topicRows(result: CheckResult, status: TopicStatus, lastCell: (position: Position) => string): string[][] {
  const rows: string[][] = [];
  const add = (event: string, topic: Topic): void => {
    topic.positions.forEach((position, i) => {
      const lead = i === 0 ? [event, escapeMarkdown(topic.about)] : [DITTO, DITTO];
      rows.push([...lead, answerCell(position), lastCell(position)]);
    });
  };
  for (const group of result.events) {
    for (const topic of group.topics) if (topic.status === status) add(eventCell(group), topic);
  }
  for (const topic of result.standing) if (topic.status === status) add(eventCell(undefined), topic);
  return rows;
}

/** How many topics have `status`. */
export function countTopics(result: CheckResult, status: TopicStatus): number {
  const all = [...result.events.flatMap((group) => group.topics), ...result.standing];
  return all.filter((topic) => topic.status === status).length;
}
