// Builds, from a generated corpus's truth, the cross-check result a perfect engine would give:
// one group per true event, one topic per true topic, one position per true answer class, true origins.
import type { CheckResult, ClaimRef, EventGroup, ReportRef, Topic } from '../../src/check/result.js';
import type { ClaimFile, ClaimRecord, EventRecord } from '../../src/model/claim-file.js';
import type { Corpus } from '../../src/eval/generate.js';
import { claimKey, reportKey, type ReportTruth } from '../../src/eval/truth.js';
import { checkResult } from './check-result-builders.js';

function reportRef(file: ClaimFile, event: EventRecord): ReportRef {
  return {
    source: file.source.id, event: event.id, file: file.file, line: event.line, outlet: file.source.outlet,
    published: file.source.published.text, title: event.title, date: event.date?.text, place: event.place,
  };
}

function claimRef(file: ClaimFile, claim: ClaimRecord, origin: string): ClaimRef {
  return {
    source: file.source.id, claim: claim.id, by: claim.by ?? file.source.outlet, file: file.file, line: claim.line, origin,
    via: claim.via, outlet: file.source.outlet, published: file.source.published.text, says: claim.says, hedged: claim.hedged ?? false,
  };
}

// Reports whose date overlaps every other report's give no conflict and are left out; the rest split
// into those that conflict with a slipped report and those that do not (contract §2.4).
function dateTopic(reports: ReportTruth[], refs: Map<string, ReportRef>, conflicting: Set<string>): Topic | undefined {
  const involved = reports.filter((r) => conflicting.has(reportKey(r)));
  if (involved.length === 0) return undefined;
  const slipped = involved.filter((r) => r.dateForm === 'slip');
  const slippedDates = new Set(slipped.map((r) => r.written));
  const others = involved.filter((r) => r.dateForm !== 'slip' && !slippedDates.has(r.written));
  const positions = [others, slipped].filter((list) => list.length > 0).map((list) => list.map((r) => refs.get(reportKey(r))!));
  return {
    about: 'date', status: 'contested', dateTopic: true,
    positions: positions.map((list) => ({ says: list[0].date ?? '', origins: list.length, hedged: false, reports: list })),
  };
}

export function perfectResult(corpus: Corpus): CheckResult {
  const { truth } = corpus;
  const reportRefs = new Map<string, ReportRef>();
  const claimRefs = new Map<string, ClaimRef>();
  const claimTruth = new Map(truth.claims.map((c) => [claimKey(c), c]));
  for (const file of corpus.files) {
    for (const event of file.events) reportRefs.set(reportKey({ source: file.source.id, event: event.id }), reportRef(file, event));
    for (const claim of file.claims) {
      const key = claimKey({ source: file.source.id, claim: claim.id });
      claimRefs.set(key, claimRef(file, claim, claimTruth.get(key)!.origin));
    }
  }
  const conflicting = new Set(truth.dateConflicts.flatMap(({ a, b }) => [reportKey(a), reportKey(b)]));
  const topicOf = (id: string, multi: boolean): Topic => {
    const claims = truth.claims.filter((c) => c.topic === id);
    const positions = [...new Set(claims.map((c) => c.position))].map((p) => claims.filter((c) => c.position === p).map((c) => claimRefs.get(claimKey(c))!));
    return { about: id, status: 'single-source', multi: multi || undefined, positions: positions.map((list) => ({ says: list[0].says, origins: 1, hedged: false, claims: list })) };
  };
  const used = new Set(truth.claims.map((c) => c.topic));
  const groups: EventGroup[] = truth.events.map((event) => {
    const reports = truth.reports.filter((r) => r.trueEvent === event.id);
    const topics = truth.topics.filter((t) => t.event === event.id && used.has(t.id)).map((t) => topicOf(t.id, t.multi));
    const date = dateTopic(reports, reportRefs, conflicting);
    return { id: event.id, title: event.id, reports: reports.map((r) => reportRefs.get(reportKey(r))!), topics: date ? [date, ...topics] : topics };
  });
  const standing = truth.topics.filter((t) => t.event === undefined && used.has(t.id)).map((t) => topicOf(t.id, t.multi));
  return checkResult(groups, standing);
}
