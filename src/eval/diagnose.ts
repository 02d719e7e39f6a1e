import type { CheckResult } from '../check/result.js';
import { placeById, siblingOf } from './gazetteer.js';
import { groupBy } from './pairs.js';
import { placeClaims, placeDates, placeReports, type PlacedClaim, type PlacedReport } from './placement.js';
import { pairKey, reportKey, type ClaimTruth, type ReportTruth, type TrueEvent, type Truth } from './truth.js';

/** One kind of error, how many pairs it covers, and one of them to look at. */
export interface ErrorKind {
  label: string;
  pairs: number;
  example: string;
}

/** The errors of one measure: pairs wrongly predicted, and true pairs missed. */
export interface MeasureErrors {
  wrong: ErrorKind[];
  missed: ErrorKind[];
}

/** Why a cross-check result differs from the truth, measure by measure. */
export interface Diagnosis {
  grouping: MeasureErrors;
  contradictions: MeasureErrors;
  agreements: MeasureErrors;
  dateConflicts: MeasureErrors;
}

class Tally {
  private readonly kinds = new Map<string, ErrorKind>();
  add(label: string, example: string, pairs = 1): void {
    const kind = this.kinds.get(label);
    if (kind) kind.pairs += pairs;
    else this.kinds.set(label, { label, pairs, example });
  }
  list(): ErrorKind[] {
    return [...this.kinds.values()].sort((a, b) => b.pairs - a.pairs || (a.label < b.label ? -1 : 1));
  }
}

function eachPair<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) visit(items[i], items[j]);
}

const sorted = (a: string, b: string): string => (a <= b ? `${a} / ${b}` : `${b} / ${a}`);
const reportName = (r: ReportTruth): string => `${r.source}#${r.event}`;
const claimName = (c: ClaimTruth): string => `${c.source}#${c.claim}`;
const DAY = 86_400_000;

// How two distinct true events resemble each other, for wrong merges.
function resemblance(a: TrueEvent, b: TrueEvent): string {
  const days = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY;
  if (a.place === b.place) return `same place, ${days} days apart`;
  if (siblingOf(placeById(a.place))?.id === b.place) return 'similar-sounding village';
  if (days <= 1) return `same date${a.type === b.type ? ' and kind' : ''}, other place`;
  return days < 7 ? 'other place, 2 to 6 days apart' : 'other place, a week or more apart';
}

// What about two reports of one true event may have kept them apart.
function difference(a: ReportTruth, b: ReportTruth): string {
  for (const form of ['month', 'interval', 'slip'] as const) if (a.dateForm === form || b.dateForm === form) return `date written as ${form}`;
  for (const form of ['other-name', 'fuzzy-spelling', 'declared-spelling'] as const) {
    if (a.placeForm === form || b.placeForm === form) return `place written as ${form}`;
  }
  return 'title and actors worded differently';
}

function diagnoseGrouping(placed: readonly PlacedReport[], truth: Truth): MeasureErrors {
  const events = new Map(truth.events.map((e) => [e.id, e]));
  const wrong = new Tally();
  for (const members of groupBy(placed, (r) => r.group).values()) {
    eachPair(members, (a, b) => {
      if (a.truth.trueEvent === b.truth.trueEvent) return;
      const ea = events.get(a.truth.trueEvent);
      const eb = events.get(b.truth.trueEvent);
      if (ea && eb) wrong.add(resemblance(ea, eb), `${reportName(a.truth)} + ${reportName(b.truth)}`);
    });
  }
  const groupOf = new Map(placed.map((r) => [reportKey(r.truth), r.group]));
  const missed = new Tally();
  for (const reports of groupBy(truth.reports, (r) => r.trueEvent).values()) {
    eachPair(reports, (a, b) => {
      const ga = groupOf.get(reportKey(a));
      if (ga === undefined || ga !== groupOf.get(reportKey(b))) missed.add(difference(a, b), `${reportName(a)} / ${reportName(b)}`);
    });
  }
  return { wrong: wrong.list(), missed: missed.list() };
}

function diagnoseContradictions(placed: readonly PlacedClaim[], truth: Truth): MeasureErrors {
  const multi = new Map(truth.topics.map((t) => [t.id, t.multi]));
  const wrong = new Tally();
  for (const claims of groupBy(placed.filter((c) => !c.multi), (c) => c.topic).values()) {
    eachPair(claims, (a, b) => {
      if (a.position === b.position) return;
      const example = `${claimName(a.truth)} / ${claimName(b.truth)}`;
      if (a.truth.topic !== b.truth.topic) wrong.add(`topics merged: ${sorted(family(a.truth), family(b.truth))}`, example);
      else if (multi.get(a.truth.topic)) wrong.add('multi topic taken as contested', example);
      else if (a.truth.position === b.truth.position) wrong.add(`one answer split: ${sorted(a.truth.form, b.truth.form)}`, example);
    });
  }
  const where = new Map(placed.map((c) => [`${c.truth.source}\u0000${c.truth.claim}`, c]));
  const missed = new Tally();
  for (const [topic, claims] of groupBy(truth.claims, (c) => c.topic)) {
    if (multi.get(topic)) continue;
    eachPair(claims, (a, b) => {
      if (a.position === b.position) return;
      const pa = where.get(`${a.source}\u0000${a.claim}`);
      const pb = where.get(`${b.source}\u0000${b.claim}`);
      const example = `${claimName(a)} / ${claimName(b)}`;
      if (!pa || !pb || pa.topic !== pb.topic) missed.add(`topic split: ${family(a)}`, example);
      else if (pa.multi) missed.add('topic taken as multi', example);
      else if (pa.position === pb.position) missed.add(`different answers merged: ${sorted(a.form, b.form)}`, example);
    });
  }
  return { wrong: wrong.list(), missed: missed.list() };
}

function diagnoseAgreements(placed: readonly PlacedClaim[], truth: Truth): MeasureErrors {
  const wrong = new Tally();
  for (const claims of groupBy(placed, (c) => c.position).values()) {
    eachPair(claims, (a, b) => {
      if (a.origin === b.origin) return;
      const ta = a.truth;
      const tb = b.truth;
      const example = `${claimName(ta)} (${a.origin}) / ${claimName(tb)} (${b.origin})`;
      if (ta.topic !== tb.topic) wrong.add(`topics merged: ${sorted(family(ta), family(tb))}`, example);
      else if (ta.position !== tb.position) wrong.add(`different answers merged: ${sorted(ta.form, tb.form)}`, example);
      else if (ta.origin === tb.origin) wrong.add(`one origin counted twice: by ${sorted(ta.byForm, tb.byForm)}`, example);
    });
  }
  const where = new Map(placed.map((c) => [`${c.truth.source}\u0000${c.truth.claim}`, c]));
  const missed = new Tally();
  for (const claims of groupBy(truth.claims, (c) => `${c.topic}\u0000${c.position}`).values()) {
    eachPair(claims, (a, b) => {
      if (a.origin === b.origin) return;
      const pa = where.get(`${a.source}\u0000${a.claim}`);
      const pb = where.get(`${b.source}\u0000${b.claim}`);
      const example = `${claimName(a)} / ${claimName(b)}`;
      if (!pa || !pb || pa.topic !== pb.topic) missed.add(`topic split: ${family(a)}`, example);
      else if (pa.position !== pb.position) missed.add(`one answer split: ${sorted(a.form, b.form)}`, example);
      else if (pa.origin === pb.origin) missed.add(`two origins taken as one: ${sorted(a.origin, b.origin)}`, example);
    });
  }
  return { wrong: wrong.list(), missed: missed.list() };
}

function diagnoseDates(result: CheckResult, truth: Truth, reportsPlaced: readonly PlacedReport[]): MeasureErrors {
  const reports = new Map(truth.reports.map((r) => [reportKey(r), r]));
  const expected = new Set(truth.dateConflicts.map(({ a, b }) => pairKey(reportKey(a), reportKey(b))));
  const placement = placeDates(result, truth);
  const wrong = new Tally();
  for (const entries of groupBy(placement, ([, place]) => place.topic).values()) {
    eachPair(entries, ([ka, pa], [kb, pb]) => {
      if (pa.position === pb.position || expected.has(pairKey(ka, kb))) return;
      const a = reports.get(ka);
      const b = reports.get(kb);
      if (!a || !b) return;
      const example = `${reportName(a)} (${a.written}) / ${reportName(b)} (${b.written})`;
      if (a.trueEvent !== b.trueEvent) wrong.add('reports of different events', example);
      else wrong.add(`overlapping dates put apart: ${sorted(a.dateForm, b.dateForm)}`, example);
    });
  }
  const groupOf = new Map(reportsPlaced.map((r) => [reportKey(r.truth), r.group]));
  const missed = new Tally();
  for (const { a, b } of truth.dateConflicts) {
    const ka = reportKey(a);
    const kb = reportKey(b);
    const ra = reports.get(ka);
    const rb = reports.get(kb);
    if (!ra || !rb) continue;
    const example = `${reportName(ra)} (${ra.written}) / ${reportName(rb)} (${rb.written})`;
    const pa = placement.get(ka);
    const pb = placement.get(kb);
    if (groupOf.get(ka) === undefined || groupOf.get(ka) !== groupOf.get(kb)) missed.add('reports not grouped', example);
    else if (!pa || !pb || pa.position === pb.position) missed.add(`conflict not shown: ${sorted(ra.dateForm, rb.dateForm)}`, example);
  }
  return { wrong: wrong.list(), missed: missed.list() };
}

function family(claim: ClaimTruth): string {
  return claim.topic.slice(claim.topic.lastIndexOf('/') + 1);
}

/** Sorts every wrong and missed pair of every measure into kinds of error, most pairs first. */
export function diagnoseCheck(result: CheckResult, truth: Truth): Diagnosis {
  const reports = placeReports(result, truth).placed;
  const { placed } = placeClaims(result, truth);
  return {
    grouping: diagnoseGrouping(reports, truth),
    contradictions: diagnoseContradictions(placed, truth),
    agreements: diagnoseAgreements(placed, truth),
    dateConflicts: diagnoseDates(result, truth, reports),
  };
}
