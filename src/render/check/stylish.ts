import type { ChalkInstance } from 'chalk';
import type { CheckResult, CheckSummary, Topic } from '../../check/result.js';
import { makeChalk } from '../../cli/colour.js';
import type { CheckFormatOptions } from './formatter.js';
import { eventHeader, explainLines } from './event.js';
import { topicCompact, topicInFull } from './topic.js';
import { plural } from '../plural.js';

interface TopicView {
  lines: string[];
  /** Topics shown on one line that `--all` would show in full. */
  compact: number;
}

// Contested topics come first and in full; the others follow in the engine's order, compact unless `all`.
function topicLines(topics: readonly Topic[], options: CheckFormatOptions, paint: ChalkInstance): TopicView {
  const contested = topics.filter((topic) => topic.status === 'contested');
  const others = topics.filter((topic) => topic.status !== 'contested');
  const lines = contested.flatMap((topic) => topicInFull(topic, paint));
  if (options.all) lines.push(...others.flatMap((topic) => topicInFull(topic, paint)));
  else lines.push(...others.map((topic) => topicCompact(topic, paint)));
  return { lines, compact: options.all ? 0 : others.length };
}

function summaryLine(summary: CheckSummary, paint: ChalkInstance): string {
  const contested = `${summary.contested} contested`;
  return (
    `${plural(summary.events, 'event')} · ${plural(summary.topics, 'topic')}: ` +
    `${summary.contested > 0 ? paint.red.bold(contested) : contested}, ` +
    `${paint.green(`${summary.corroborated} corroborated`)}, ` +
    `${paint.yellow(`${summary.singleSource} single-source`)}`
  );
}

/**
 * The cross-check for a researcher at a terminal: events in the result's (date) order, each with its
 * contested topics in full and the others on one line; then standing claims; then a summary line.
 * Every string from claim files is made safe for the terminal.
 */
export function formatCheckStylish(result: CheckResult, options: CheckFormatOptions): string {
  const paint = makeChalk(options.colour);
  const blocks: string[][] = [];
  let compact = 0;
  for (const group of result.events) {
    const view = topicLines(group.topics, options, paint);
    compact += view.compact;
    const explain = options.explain ? explainLines(group, paint) : [];
    blocks.push([...eventHeader(group, paint), ...explain, ...view.lines]);
  }
  if (result.standing.length > 0) {
    const view = topicLines(result.standing, options, paint);
    compact += view.compact;
    blocks.push([paint.cyan.bold('Standing claims') + paint.dim('  (not tied to one event)'), ...view.lines]);
  }
  if (blocks.length === 0) blocks.push([paint.dim('No events or standing claims to show.')]);
  const footer = [summaryLine(result.summary, paint)];
  if (compact > 0) footer.push(paint.dim(`Run with --all to see the ${plural(compact, 'one-line topic')} in full.`));
  blocks.push(footer);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
