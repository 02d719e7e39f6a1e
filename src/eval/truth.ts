/**
 * What is really in a generated corpus, for scoring the cross-check against.
 * Plain data (JSON-serialisable) so it can be written beside a corpus on disk.
 */

/** One file's report of an event: the source id and the event id within that file. */
export interface ReportId {
  source: string;
  event: string;
}

/** How a report writes its event's date. */
export type DateForm = 'day' | 'slip' | 'month' | 'interval';

/** How a report names its event's place. */
export type PlaceForm = 'canonical' | 'declared-spelling' | 'fuzzy-spelling' | 'other-name';

/** How a true event was made to resemble an earlier one without being it. */
export type DistractorKind = 'same-place-later' | 'same-date-elsewhere' | 'similar-village';

/** A real-world event of the synthetic region. */
export interface TrueEvent {
  id: string;
  type: string;
  /** Gazetteer id of the place. */
  place: string;
  /** The day it happened, `YYYY-MM-DD`. */
  date: string;
  /** The corpus-wide key some of its reports carry. */
  key?: string;
  distractor?: { of: string; kind: DistractorKind };
}

/** The truth about one report. */
export interface ReportTruth extends ReportId {
  trueEvent: string;
  /** The date as the report writes it (absent if it gives none). */
  written?: string;
  dateForm: DateForm;
  placeForm: PlaceForm;
}

/** The truth about one claim. */
export interface ClaimTruth {
  source: string;
  claim: string;
  /** The true event, absent for a standing claim. */
  trueEvent?: string;
  /** The true topic: `<event id>/<family>` or `standing/<family>`. */
  topic: string;
  /** The answer class: claims of one topic with the same position agree. */
  position: string;
  /** The canonical origin: a statement reprinted anywhere keeps its origin. */
  origin: string;
  /** How the answer is written (`digits`, `word`, `about`, `negated`, `alias` …), for failure reports. */
  form: string;
  /** How the origin is named: by the outlet itself, by its canonical name, or by a declared variant. */
  byForm: 'outlet' | 'canonical' | 'variant';
  via: boolean;
  hedged: boolean;
}

/** A true topic: a question of one event (or a standing one) and its answer classes. */
export interface TrueTopic {
  id: string;
  family: string;
  event?: string;
  multi: boolean;
  positions: string[];
}

/** Everything the scorer needs, plus what failure reports explain errors with. */
export interface Truth {
  seed: number;
  events: TrueEvent[];
  reports: ReportTruth[];
  claims: ClaimTruth[];
  topics: TrueTopic[];
  /** Pairs of reports of one true event whose written dates do not overlap (contract §2.4); `a` sorts first. */
  dateConflicts: { a: ReportId; b: ReportId }[];
}

/** A map key for a report. */
export function reportKey(report: ReportId): string {
  return `${report.source}\u0000${report.event}`;
}

/** A map key for a claim. */
export function claimKey(claim: { source: string; claim: string }): string {
  return `${claim.source}\u0000${claim.claim}`;
}

/** A map key for an unordered pair of keys. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}
