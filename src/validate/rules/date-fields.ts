import type { RawClaimFile } from '../../model/raw-claim-file.js';
import type { DocPath } from '../rule.js';
import { show } from './display.js';

/** One date written in a claim file, and where. */
export interface DateField {
  path: DocPath;
  value: string | number;
  /** The id of the event or claim the date belongs to; absent for the article's published date. */
  ownerId?: string;
}

// Three rules ask for the dates of every file: they are listed once per file.
const listed = new WeakMap<RawClaimFile, DateField[]>();

/** Every date of a file: `source.published`, each `events[].date` and each `claims[].said`. */
export function dateFields(data: RawClaimFile): DateField[] {
  const known = listed.get(data);
  if (known) return known;
  const found: DateField[] = [{ path: ['source', 'published'], value: data.source.published }];
  (data.events ?? []).forEach((event, i) => {
    if (event.date !== undefined) found.push({ path: ['events', i, 'date'], value: event.date, ownerId: event.id });
  });
  data.claims.forEach((claim, i) => {
    if (claim.said !== undefined) found.push({ path: ['claims', i, 'said'], value: claim.said, ownerId: claim.id });
  });
  listed.set(data, found);
  return found;
}

/** What a date belongs to, for messages: `the article's published date`, `event "x"`, `claim "y"`. */
export function dateOwner(field: DateField): string {
  if (field.path[0] === 'source') return "the article's published date";
  return `${field.path[0] === 'events' ? 'event' : 'claim'} ${show(field.ownerId!)}`;
}
