import type { TopicStatus } from '../check/result.js';

/**
 * A topic's status (contract §2.6 and §3.1): `contested` with two or more positions (never for a `multi`
 * topic); `corroborated` when a position has two or more independent origins (for a non-multi topic, its
 * only position); else `single-source`.
 */
export function topicStatus(positionOrigins: readonly number[], multi: boolean): TopicStatus {
  if (!multi && positionOrigins.length >= 2) return 'contested';
  return positionOrigins.some((origins) => origins >= 2) ? 'corroborated' : 'single-source';
}
