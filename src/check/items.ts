import type { ClaimFile, ClaimRecord, EventRecord } from '../model/claim-file.js';

/** One file's report of one event: the unit event grouping works on. */
export interface ReportItem {
  /** Position in the corpus order (source id, then event id). */
  index: number;
  file: ClaimFile;
  event: EventRecord;
}

/** One claim with its file: the unit topic grouping and positions work on. */
export interface ClaimItem {
  /** Position in the corpus order (source id, then claim id). */
  index: number;
  file: ClaimFile;
  claim: ClaimRecord;
}

/** Orders two strings by UTF-16 code units, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The corpus's reports and claims, each ordered by source id, then event or claim id. */
export interface CorpusItems {
  reports: ReportItem[];
  claims: ClaimItem[];
}

/** Lists every report and claim of the corpus in the contract's order (source id, then id). */
export function indexCorpus(files: readonly ClaimFile[]): CorpusItems {
  const ordered = [...files].sort((a, b) => compareText(a.source.id, b.source.id) || compareText(a.file, b.file));
  const reports: ReportItem[] = [];
  const claims: ClaimItem[] = [];
  for (const file of ordered) {
    const events = file.events.length > 1 ? [...file.events].sort((a, b) => compareText(a.id, b.id)) : file.events;
    for (const event of events) reports.push({ index: reports.length, file, event });
    const fileClaims = [...file.claims].sort((a, b) => compareText(a.id, b.id));
    for (const claim of fileClaims) claims.push({ index: claims.length, file, claim });
  }
  return { reports, claims };
}
