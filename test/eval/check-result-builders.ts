// Builders for hand-made cross-check results, so scorer tests state only what matters to them.
import type { CheckResult, ClaimRef, EventGroup, Position, ReportRef, Topic } from '../../src/check/result.js';

export function reportRef(source: string, event: string, date = '2020-02-12'): ReportRef {
  return { source, event, file: `claims/${source}.yaml`, line: 3, outlet: source, published: '2020-02-13', title: 't', date };
}

export function claimRef(source: string, claim: string, origin: string, says: ClaimRef['says'] = 1): ClaimRef {
  return {
    source, claim, by: origin, file: `claims/${source}.yaml`, line: 9, origin, via: [],
    outlet: source, published: '2020-02-13', says, hedged: false,
  };
}

function position(claims: ClaimRef[]): Position {
  return { says: claims[0]?.says ?? '', origins: new Set(claims.map((c) => c.origin)).size, hedged: false, claims };
}

export function topic(about: string, positions: ClaimRef[][], multi = false): Topic {
  const status = multi || positions.length === 1 ? 'single-source' : 'contested';
  return { about, status, multi: multi || undefined, positions: positions.map(position) };
}

export function dateTopic(positions: ReportRef[][]): Topic {
  return {
    about: 'date',
    status: positions.length > 1 ? 'contested' : 'single-source',
    dateTopic: true,
    positions: positions.map((reports) => ({ says: reports[0].date ?? '', origins: reports.length, hedged: false, reports })),
  };
}

export function group(id: string, reports: ReportRef[], topics: Topic[]): EventGroup {
  return { id, title: id, date: reports[0]?.date, reports, topics };
}

export function checkResult(events: EventGroup[], standing: Topic[] = []): CheckResult {
  const claims = [...events.flatMap((e) => e.topics), ...standing].flatMap((t) => t.positions.flatMap((p) => p.claims ?? []));
  return {
    schemaVersion: 1,
    summary: {
      files: 0, sources: 0, claims: claims.length, events: events.length, topics: 0,
      contested: 0, corroborated: 0, singleSource: 0, eventReports: events.reduce((n, e) => n + e.reports.length, 0),
    },
    events,
    standing,
    sources: [],
  };
}
