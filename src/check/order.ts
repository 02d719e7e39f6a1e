import type { Answer } from '../model/claim-file.js';
import type { Position, Topic, TopicStatus } from './result.js';
import { compareText } from './items.js';

const STATUS_RANK: Record<TopicStatus, number> = { contested: 0, corroborated: 1, 'single-source': 2 };

/** Orders names case-insensitively, then by code units, so the order does not depend on the locale. */
export function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

function answerText(says: Answer): string {
  return String(says);
}

/** Topics by status (contested, corroborated, single-source), then name (contract §3.1). */
export function compareTopics(a: Topic, b: Topic): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareNames(a.about, b.about);
}

/** Positions by independent origins (most first), then claims (or reports), then `says` (contract §3.1). */
export function comparePositions(a: Position, b: Position): number {
  const size = (p: Position) => p.claims?.length ?? p.reports?.length ?? 0;
  return b.origins - a.origins || size(b) - size(a) || compareNames(answerText(a.says), answerText(b.says));
}
