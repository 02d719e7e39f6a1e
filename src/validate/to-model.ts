import { basename, extname } from 'node:path';
import { isDateProblem, type DateRange } from '../model/claim-date.js';
import type { ClaimFile, ClaimRecord, EventRecord, SourceRecord } from '../model/claim-file.js';
import type { Span } from '../model/diagnostic.js';
import type { RawClaim, RawClaimFile, RawEvent } from '../model/raw-claim-file.js';
import { parsedDate } from './parsed-date.js';
import type { DocPath } from './rule.js';

/** The line a node starts on (its value, or its key with `'key'`): all the model needs of where things are. */
export type LocateLine = (path: DocPath, part?: 'key' | 'value') => Pick<Span, 'line'>;

/** The 1-based lines the model records: of the `source:` key, and where each event and each claim starts. */
export interface RecordLines {
  source: number;
  events: number[];
  claims: number[];
}

// A claim file's usual name, `outlet-date.yaml`: its id is all before the extension.
const PLAIN_NAME = /^[^./\\][^/\\]*\.ya?ml$/i;

/** The source id a file gets when `source.id` is absent: its name without the extension. */
export function defaultSourceId(file: string): string {
  const plain = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  if (PLAIN_NAME.test(plain)) return plain.slice(0, plain.lastIndexOf('.'));
  const name = basename(file.replace(/\\/g, '/'));
  return name.slice(0, name.length - extname(name).length);
}

function date(value: string | number, where: string): DateRange {
  const parsed = parsedDate(value);
  // The date rules reject such files before the model is built; reaching this is a bug.
  if (isDateProblem(parsed)) throw new Error(`toClaimFile: ${where} is not a valid date (${parsed.kind}: ${parsed.text})`);
  return parsed;
}

function optionalDate(value: string | number | undefined, where: string): DateRange | undefined {
  return value === undefined ? undefined : date(value, where);
}

function toEvent(event: RawEvent, index: number, file: string, line: number): EventRecord {
  const { id, title, place, key } = event;
  return {
    id,
    title,
    date: optionalDate(event.date, `${file}: events[${index}].date`),
    place,
    actors: event.actors ?? [],
    key,
    line,
  };
}

function toClaim(claim: RawClaim, index: number, file: string, line: number): ClaimRecord {
  const { id, event, about, says, by, quote, hedged, note } = claim;
  return {
    id,
    event,
    about,
    says,
    by,
    via: claim.via ?? [],
    quote,
    hedged,
    said: optionalDate(claim.said, `${file}: claims[${index}].said`),
    note,
    line,
  };
}

/** Where the records of a schema-valid claim file start: the few positions its model keeps. */
export function recordLines(raw: RawClaimFile, locate: LocateLine): RecordLines {
  return {
    source: locate(['source'], 'key').line,
    events: (raw.events ?? []).map((_, i) => locate(['events', i]).line),
    claims: raw.claims.map((_, i) => locate(['claims', i]).line),
  };
}

/**
 * Turns a schema-valid claim file into the model the cross-check reads: dates parsed, defaults
 * applied (source id from the file name, empty lists), and each record's line. Absent optional
 * fields stay absent. Throws only on a date the lint rules should already have rejected.
 */
export function toClaimFile(raw: RawClaimFile, file: string, locate: LocateLine): ClaimFile {
  return modelOf(raw, file, recordLines(raw, locate));
}

/** `toClaimFile` from the lines already found (`recordLines`), so a model can be built long after the file was read. */
export function modelOf(raw: RawClaimFile, file: string, lines: RecordLines): ClaimFile {
  const { outlet, title, author, url, archive, language, lean } = raw.source;
  const source: SourceRecord = {
    id: raw.source.id ?? defaultSourceId(file),
    outlet,
    title,
    published: date(raw.source.published, `${file}: source.published`),
    author,
    url,
    archive,
    language,
    lean,
    line: lines.source,
  };
  return {
    file,
    source: dropUndefined(source),
    events: (raw.events ?? []).map((event, i) => dropUndefined(toEvent(event, i, file, lines.events[i]))),
    claims: raw.claims.map((claim, i) => dropUndefined(toClaim(claim, i, file, lines.claims[i]))),
  };
}

/** Removes keys whose value is `undefined`, so absent fields are absent (and output stays the same whichever path built it). */
function dropUndefined<T extends object>(record: T): T {
  const kept: Record<string, unknown> = {};
  // The records are object literals: their own keys, in the order written, are all for-in sees.
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept as T;
}
