import type { CheckResult, CheckSummary, EventGroup, Topic, TopicStatus } from './result.js';

/** Which part of a cross-check to show (`--status`, `--event`). */
export interface ResultFilter {
  /** Keep only topics with this status; events left with no topic are dropped. */
  status?: TopicStatus;
  /**
   * Keep only events whose id, title or place, or any report's title or place, contains this text
   * (case- and diacritics-insensitive). Standing topics belong to no event, so they are dropped.
   */
  event?: string;
}

// Lower-cases text and strips its diacritics, so `Dêrik` matches `derik`.
function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function eventMatches(group: EventGroup, needle: string): boolean {
  const fields = [group.id, group.title, group.place];
  for (const report of group.reports) fields.push(report.title, report.place);
  return fields.some((field) => field !== undefined && foldForSearch(field).includes(needle));
}

function keepStatus(topics: readonly Topic[], status: TopicStatus): Topic[] {
  return topics.filter((topic) => topic.status === status);
}

/**
 * Recounts the summary for what remains. `files` and `sources` still count the corpus that was
 * checked (a filter narrows the view, not the input); `claims` counts the claims behind the remaining
 * topics, `eventReports` the reports in the remaining groups, `events` the remaining groups, and
 * `topics` and the status counts the remaining topics, date and standing topics included.
 */
function recount(before: CheckSummary, events: readonly EventGroup[], standing: readonly Topic[]): CheckSummary {
  const summary: CheckSummary = {
    ...before,
    claims: 0,
    events: events.length,
    topics: 0,
    contested: 0,
    corroborated: 0,
    singleSource: 0,
    eventReports: 0,
  };
  const countTopic = (topic: Topic): void => {
    summary.topics += 1;
    if (topic.status === 'contested') summary.contested += 1;
    else if (topic.status === 'corroborated') summary.corroborated += 1;
    else summary.singleSource += 1;
    for (const position of topic.positions) summary.claims += position.claims?.length ?? 0;
  };
  for (const group of events) {
    summary.eventReports += group.reports.length;
    group.topics.forEach(countTopic);
  }
  standing.forEach(countTopic);
  return summary;
}

/**
 * Narrows a cross-check to the topics and events asked for, keeping the engine's order.
 * Pure: returns the result itself when no filter is given, else a new result with a recounted summary.
 */
export function filterResult(result: CheckResult, filter: ResultFilter): CheckResult {
  const { status, event } = filter;
  if (status === undefined && event === undefined) return result;

  let events = result.events;
  let standing = result.standing;
  if (event !== undefined) {
    const needle = foldForSearch(event);
    events = events.filter((group) => eventMatches(group, needle));
    standing = [];
  }
  if (status !== undefined) {
    events = events
      .map((group) => ({ ...group, topics: keepStatus(group.topics, status) }))
      .filter((group) => group.topics.length > 0);
    standing = keepStatus(standing, status);
  }
  return { ...result, summary: recount(result.summary, events, standing), events, standing };
}
