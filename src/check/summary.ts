import type { ClaimFile } from '../model/claim-file.js';
import { compareText } from './items.js';
import type { CheckSummary, EventGroup, SourceSummary, Topic } from './result.js';

/** The summary counts (contract §3.1): every topic counted, date and standing topics included. */
export function summarise(files: readonly ClaimFile[], claims: number, events: EventGroup[], standing: Topic[], reports: number): CheckSummary {
  const topics = [...events.flatMap((g) => g.topics), ...standing];
  const count = (status: Topic['status']) => topics.filter((t) => t.status === status).length;
  return {
    files: files.length,
    sources: new Set(files.map((f) => f.source.id)).size,
    claims,
    events: events.length,
    topics: topics.length,
    contested: count('contested'),
    corroborated: count('corroborated'),
    singleSource: count('single-source'),
    eventReports: reports,
  };
}

/** The articles checked, ordered by source id, with how many claims each records. */
export function sourceSummaries(files: readonly ClaimFile[]): SourceSummary[] {
  return [...files]
    .sort((a, b) => compareText(a.source.id, b.source.id) || compareText(a.file, b.file))
    .map(({ source, file, claims }) => ({
      id: source.id,
      outlet: source.outlet,
      title: source.title,
      published: source.published.text,
      ...(source.lean !== undefined ? { lean: source.lean } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
      file,
      claims: claims.length,
    }));
}
