import type { Answer } from '../model/claim-file.js';

/** How a topic stands across independent origins (contract §2.6). */
export type TopicStatus = 'contested' | 'corroborated' | 'single-source';

/** One file's report of an event, as placed in an event group. */
export interface ReportRef {
  source: string;
  event: string;
  file: string;
  line: number;
  // Additions to the contract shape, for readers of the output.
  outlet: string;
  published: string;
  title: string;
  date?: string;
  place?: string;
  url?: string;
}

/** One claim behind a position. */
export interface ClaimRef {
  source: string;
  claim: string;
  /** The origin as written (`by`, else the outlet). */
  by: string;
  file: string;
  line: number;
  // Additions to the contract shape, for readers of the output.
  /** The origin after aliases: claims with one origin never corroborate each other. */
  origin: string;
  via: string[];
  outlet: string;
  published: string;
  says: Answer;
  quote?: string;
  hedged: boolean;
  url?: string;
}

/** Compatible answers on one topic (contract §2.3). */
export interface Position {
  says: Answer;
  /** Independent origins behind this position (on a date topic: distinct outlets). */
  origins: number;
  hedged: boolean;
  /** Present on claim topics. */
  claims?: ClaimRef[];
  /** Present on the date topic instead of `claims`. */
  reports?: ReportRef[];
}

/** A question the claims of one event group (or the standing claims) answer. */
export interface Topic {
  about: string;
  status: TopicStatus;
  /** True for the `date` topic derived from the reports' dates (§2.4). */
  dateTopic?: boolean;
  /** True when the configuration declares the topic `multi`. */
  multi?: boolean;
  positions: Position[];
  /**
   * Addition, on a date topic: reports whose coarser date (a month, an interval) contains the dates of several
   * positions, so they contradict none of them and stand in no position.
   */
  spanning?: ReportRef[];
}

/** Why two reports were (or almost were) grouped, for `--explain`. */
export interface GroupingReason {
  a: { source: string; event: string };
  b: { source: string; event: string };
  joined: boolean;
  /** `key`, or `similar` for date + place/title scores. */
  basis: 'key' | 'similar' | 'near-miss';
  dateOverlap: boolean;
  placeScore?: number;
  titleScore?: number;
  actorScore?: number;
  score?: number;
  note: string;
}

/** Reports of one real-world event across articles. */
export interface EventGroup {
  id: string;
  title: string;
  date?: string;
  place?: string;
  reports: ReportRef[];
  topics: Topic[];
  /** Present only when explanations were asked for. */
  explain?: GroupingReason[];
}

/** Summary counts (contract §3.1). `events` counts event groups. */
export interface CheckSummary {
  files: number;
  sources: number;
  claims: number;
  events: number;
  topics: number;
  contested: number;
  corroborated: number;
  singleSource: number;
  // Addition: reports of events across files before grouping.
  eventReports: number;
}

/** The article behind a claim file, for the report's source list. */
export interface SourceSummary {
  id: string;
  outlet: string;
  title: string;
  published: string;
  lean?: string;
  url?: string;
  file: string;
  claims: number;
}

/** The whole cross-check (contract §3.1), the one shape `check --format json` and reports share. */
export interface CheckResult {
  schemaVersion: 1;
  summary: CheckSummary;
  events: EventGroup[];
  standing: Topic[];
  // Addition: the articles checked, ordered by source id.
  sources: SourceSummary[];
  /** Addition: claim files left out of the cross-check for lint errors, sorted; present only when there are any. */
  excluded?: string[];
}
