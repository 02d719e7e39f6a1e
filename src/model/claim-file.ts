import type { DateRange } from './claim-date.js';

/** The answer a claim gives, as written in the claim file. */
export type Answer = string | number | boolean;

/** The article a claim file records (`source:`). */
export interface SourceRecord {
  /** The explicit `source.id`, else the file name without its extension. */
  id: string;
  outlet: string;
  title: string;
  published: DateRange;
  author?: string;
  url?: string;
  /** As written: a path relative to the claim file. */
  archive?: string;
  language?: string;
  lean?: string;
  /** 1-based line of the `source:` key. */
  line: number;
}

/** An event as one article tells it (`events[]`). */
export interface EventRecord {
  id: string;
  title: string;
  date?: DateRange;
  place?: string;
  actors: string[];
  key?: string;
  /** 1-based line where this event's mapping starts. */
  line: number;
}

/** One assertion of the article (`claims[]`). */
export interface ClaimRecord {
  id: string;
  /** The event id within the same file; absent for a standing claim. */
  event?: string;
  about: string;
  says: Answer;
  by?: string;
  via: string[];
  quote?: string;
  /** As written; absent means "detect from the quote". */
  hedged?: boolean;
  said?: DateRange;
  note?: string;
  /** 1-based line where this claim's mapping starts. */
  line: number;
}

/** A claim file that passed validation, as plain data for the cross-check. */
export interface ClaimFile {
  /** Display path: relative to the working directory, `/` separators, no leading `./`. */
  file: string;
  source: SourceRecord;
  events: EventRecord[];
  claims: ClaimRecord[];
}
