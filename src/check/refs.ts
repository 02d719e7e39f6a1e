import type { Origin } from '../compare/origins.js';
import type { ClaimRef, ReportRef } from './result.js';
import type { ClaimItem, ReportItem } from './items.js';

/** A report as placed in the output: the contract's fields, then the additions readers use. */
export function reportRef(item: ReportItem): ReportRef {
  const { file, event } = item;
  return {
    source: file.source.id,
    event: event.id,
    file: file.file,
    line: event.line,
    outlet: file.source.outlet,
    published: file.source.published.text,
    title: event.title,
    ...(event.date ? { date: event.date.text } : {}),
    ...(event.place !== undefined ? { place: event.place } : {}),
    ...(file.source.url !== undefined ? { url: file.source.url } : {}),
  };
}

/** A claim as placed in a position, with its resolved origin and whether it is hedged. */
export function claimRef(item: ClaimItem, origin: Origin, hedged: boolean): ClaimRef {
  const { file, claim } = item;
  return {
    source: file.source.id,
    claim: claim.id,
    by: claim.by ?? file.source.outlet,
    file: file.file,
    line: claim.line,
    origin: origin.name,
    via: [...claim.via],
    outlet: file.source.outlet,
    published: file.source.published.text,
    says: claim.says,
    ...(claim.quote !== undefined ? { quote: claim.quote } : {}),
    hedged,
    ...(file.source.url !== undefined ? { url: file.source.url } : {}),
  };
}
