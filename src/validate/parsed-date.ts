import { parseClaimDate, type DateProblem, type DateRange } from '../model/claim-date.js';
import { memoise } from '../normalise/memo.js';

// A corpus writes a few thousand distinct dates, each in many files and asked for by four rules and the
// model: each is parsed once. The results are shared, never changed.
const parseOnce = memoise((text: string) => parseClaimDate(text), 20_000);

/** `parseClaimDate`, remembering what each written date gave. */
export function parsedDate(value: string | number): DateRange | DateProblem {
  // A year written as a number reads as its digits do; a value of another kind (a shape the schema
  // rejects) is left to throw as it would.
  return typeof value === 'string' || typeof value === 'number' ? parseOnce(String(value)) : parseClaimDate(value);
}
