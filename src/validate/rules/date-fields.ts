import type { RawClaimFile } from '../../model/raw-claim-file.js';
import type { DocPath } from '../rule.js';
import { show } from './display.js';

/** One date written in a claim file, and where. */
export interface DateField {
  path: DocPath;
  value: string | number;
  /** What the date belongs to, for messages: `the article's published date`, `event "x"`. */
  owner: string;
}

/** Every date of a file: `source.published`, each `events[].date` and each `claims[].said`. */
export function dateFields(data: RawClaimFile): DateField[] {
  const fields: DateField[] = [
    { path: ['source', 'published'], value: data.source.published, owner: "the article's published date" },
  ];
  (data.events ?? []).forEach((event, i) => {
    if (event.date !== undefined) fields.push({ path: ['events', i, 'date'], value: event.date, owner: `event ${show(event.id)}` });
  });
  data.claims.forEach((claim, i) => {
    if (claim.said !== undefined) fields.push({ path: ['claims', i, 'said'], value: claim.said, owner: `claim ${show(claim.id)}` });
  });
  return fields;
}
