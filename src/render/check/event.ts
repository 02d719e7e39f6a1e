import type { ChalkInstance } from 'chalk';
import type { EventGroup, GroupingReason } from '../../check/result.js';
import { plural } from '../plural.js';
import { clean } from './text.js';

/** An event's two header lines: date and title; place, how many reports from how many outlets, and its id. */
export function eventHeader(group: EventGroup, paint: ChalkInstance): string[] {
  const date = group.date === undefined ? 'undated' : clean(group.date);
  const outlets = new Set(group.reports.map((report) => report.outlet)).size;
  const details = [
    ...(group.place === undefined || group.place === '' ? [] : [clean(group.place)]),
    `${plural(group.reports.length, 'report')} from ${plural(outlets, 'outlet')}`,
  ];
  return [
    `${paint.cyan.bold(date)}  ${paint.bold(clean(group.title))}`,
    `  ${details.join(' · ')}  ${paint.dim(clean(group.id))}`,
  ];
}

function score(name: string, value: number | undefined): string[] {
  return value === undefined ? [] : [`${name} ${value.toFixed(2)}`];
}

// The engine's note states the whole decision (key, or scores against the threshold); the fields stand in without one.
function reasonLine(reason: GroupingReason, paint: ChalkInstance): string {
  const pair = `${clean(reason.a.source)}/${clean(reason.a.event)} + ${clean(reason.b.source)}/${clean(reason.b.event)}`;
  const note = clean(reason.note);
  const why =
    note !== ''
      ? note
      : reason.basis === 'key'
        ? 'same key'
        : [
            reason.dateOverlap ? 'dates overlap' : 'dates apart',
            ...score('place', reason.placeScore),
            ...score('title', reason.titleScore),
            ...score('actors', reason.actorScore),
            ...score('score', reason.score),
          ].join(', ');
  return `      ${paint.dim(pair)}: ${why}`;
}

/** Under an event, with `--explain`: why its reports were joined, and the pairs that almost were. */
export function explainLines(group: EventGroup, paint: ChalkInstance): string[] {
  const reasons = group.explain ?? [];
  const joined = reasons.filter((reason) => reason.joined);
  const nearMisses = reasons.filter((reason) => !reason.joined);
  const lines = [paint.dim('    why grouped:')];
  if (joined.length === 0) lines.push(paint.dim(`      ${group.reports.length === 1 ? 'one report only' : 'no reason recorded'}`));
  lines.push(...joined.map((reason) => reasonLine(reason, paint)));
  lines.push(paint.dim('    near misses:'));
  if (nearMisses.length === 0) lines.push(paint.dim('      none'));
  lines.push(...nearMisses.map((reason) => reasonLine(reason, paint)));
  return lines;
}
