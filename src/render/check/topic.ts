import type { ChalkInstance } from 'chalk';
import type { ClaimRef, Position, ReportRef, Topic } from '../../check/result.js';
import { plural } from '../plural.js';
import { clean, cut, nameList, wrap } from './text.js';

const QUOTE_WIDTH = 76;
const QUOTE_LINES = 4;
const TITLE_WIDTH = 70;

function statusLabel(topic: Topic, paint: ChalkInstance): string {
  if (topic.status === 'contested') return paint.red.bold('✖ CONTESTED');
  if (topic.status === 'corroborated') return paint.green('✔ corroborated');
  return paint.yellow('○ single source');
}

function statusMarker(topic: Topic, paint: ChalkInstance): string {
  if (topic.status === 'contested') return paint.red.bold('✖');
  return topic.status === 'corroborated' ? paint.green('✔') : paint.yellow('○');
}

function topicName(topic: Topic, paint: ChalkInstance): string {
  const note = topic.dateTopic ? ' (the reports give different dates)' : topic.multi ? ' (answers can all hold)' : '';
  return `${paint.bold(clean(topic.about))}${paint.dim(note)}`;
}

/** One name per independent origin behind a position (its first claim's `by`), in claim order. */
function originNames(position: Position): string[] {
  if (!position.claims) return (position.reports ?? []).map((report) => clean(report.outlet));
  const byOrigin = new Map<string, string>();
  for (const claim of position.claims) {
    if (!byOrigin.has(claim.origin)) byOrigin.set(claim.origin, clean(claim.by));
  }
  return [...byOrigin.values()];
}

function backing(position: Position, dateTopic: boolean): string {
  if (dateTopic) return plural(position.origins, 'outlet');
  const origins = plural(position.origins, 'independent origin');
  const claims = position.claims?.length ?? 0;
  return claims === position.origins ? origins : `${origins} (${plural(claims, 'claim')})`;
}

function claimLines(claim: ClaimRef, paint: ChalkInstance): string[] {
  const via = claim.via.length > 0 ? ` via ${claim.via.map(clean).join(', ')}` : '';
  const hedged = claim.hedged ? paint.yellow(' (hedged)') : '';
  const where = paint.dim(`${clean(claim.file)}:${claim.line}`);
  const by = clean(claim.by);
  const outlet = clean(claim.outlet);
  // An outlet's own reporting (`by` absent or the outlet itself) is not said to be "in" itself.
  const inOutlet = by === outlet && via === '' ? '' : `, in ${outlet}`;
  const head = `        • ${paint.bold(by)}${via}${inOutlet} ${clean(claim.published)}${hedged}  ${where}`;
  const quote = clean(claim.quote);
  if (quote === '') return [head, paint.dim('          (no quote)')];
  const lines = wrap(quote, QUOTE_WIDTH, QUOTE_LINES);
  lines[0] = `“${lines[0]}`;
  lines[lines.length - 1] = `${lines[lines.length - 1]}”`;
  return [head, ...lines.map((line, index) => `${index === 0 ? '          ' : '           '}${line}`)];
}

function reportLine(report: ReportRef, paint: ChalkInstance): string {
  const where = paint.dim(`${clean(report.file)}:${report.line}`);
  const title = cut(clean(report.title), TITLE_WIDTH);
  return `        • ${paint.bold(clean(report.outlet))} ${clean(report.published)}: ${title}  ${where}`;
}

function positionLines(position: Position, index: number, topic: Topic, paint: ChalkInstance): string[] {
  const hedged = position.hedged ? ` · ${paint.yellow('hedged')}` : '';
  const head = `     ${index + 1}. ${paint.bold(clean(position.says))} — ${backing(position, topic.dateTopic === true)}${hedged}`;
  const body = position.claims
    ? position.claims.flatMap((claim) => claimLines(claim, paint))
    : (position.reports ?? []).map((report) => reportLine(report, paint));
  return [head, ...body];
}

// Date-topic reports whose coarser date (a month, an interval) fits several positions, so they take no side.
function spanningLines(reports: readonly ReportRef[], paint: ChalkInstance): string[] {
  if (reports.length === 0) return [];
  const lines = reports.map((report) => `${reportLine(report, paint)}${paint.dim(` (gives ${clean(report.date) || 'no day'})`)}`);
  return [`     ${paint.dim('fits more than one of these dates:')}`, ...lines];
}

/** A topic in full: its status, then each position with every claim (or report, on the date topic) behind it. */
export function topicInFull(topic: Topic, paint: ChalkInstance): string[] {
  const head = `  ${statusLabel(topic, paint)}  ${topicName(topic, paint)}`;
  const positions = topic.positions.flatMap((position, index) => positionLines(position, index, topic, paint));
  return [head, ...positions, ...spanningLines(topic.spanning ?? [], paint)];
}

function positionSummary(position: Position, paint: ChalkInstance): string {
  const names = nameList(originNames(position));
  const articles = new Set((position.claims ?? []).map((claim) => claim.source)).size;
  const repeated = position.origins === 1 && articles > 1 ? ` (repeated in ${articles} articles)` : '';
  const who =
    position.origins >= 2
      ? paint.green(`corroborated by ${position.origins} origins: ${names}`)
      : paint.yellow(`single source: ${names}${repeated}`);
  const hedged = position.hedged ? ` · ${paint.yellow('hedged')}` : '';
  return `${paint.bold(clean(position.says))} · ${who}${hedged}`;
}

/** A topic on one line: `about → answer · corroborated by 2 origins: A, B`. */
export function topicCompact(topic: Topic, paint: ChalkInstance): string {
  const answers = topic.positions.map((position) => positionSummary(position, paint)).join(' | ');
  return `  ${statusMarker(topic, paint)} ${topicName(topic, paint)} → ${answers}`;
}
