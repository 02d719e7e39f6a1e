import type { Rule } from '../rule.js';
import { claimDuplicate } from './claim-duplicate.js';
import { claimEmpty } from './claim-empty.js';
import { claimViaRepeats } from './claim-via-repeats.js';
import { claimViaWithoutBy } from './claim-via-without-by.js';
import { dateAfterPublished } from './date-after-published.js';
import { dateBackwards } from './date-backwards.js';
import { dateInvalid } from './date-invalid.js';
import { dateSaidBeforeEvent } from './date-said-before-event.js';
import { eventMissingDate } from './event-missing-date.js';
import { idDuplicate } from './id-duplicate.js';
import { idDuplicateSource } from './id-duplicate-source.js';
import { quoteArchiveMissing } from './quote-archive-missing.js';
import { quoteMissing } from './quote-missing.js';
import { quoteNotInArchive } from './quote-not-in-archive.js';
import { quoteUnhedged } from './quote-unhedged.js';
import { refUnknownEvent } from './ref-unknown-event.js';
import { refUnusedEvent } from './ref-unused-event.js';
import { sourceMissingUrl } from './source-missing-url.js';
import { sourceUrlScheme } from './source-url-scheme.js';
import { templatePlaceholder } from './template-placeholder.js';

/** Every lint rule beyond the schema; adding a rule is adding its file and a line here. */
export const rules: Rule[] = [
  // dates
  dateInvalid,
  dateBackwards,
  dateAfterPublished,
  dateSaidBeforeEvent,
  // references and ids
  refUnknownEvent,
  refUnusedEvent,
  idDuplicate,
  idDuplicateSource,
  // content
  claimEmpty,
  claimDuplicate,
  claimViaWithoutBy,
  claimViaRepeats,
  eventMissingDate,
  sourceMissingUrl,
  sourceUrlScheme,
  templatePlaceholder,
  // quotes
  quoteMissing,
  quoteArchiveMissing,
  quoteNotInArchive,
  quoteUnhedged,
];
