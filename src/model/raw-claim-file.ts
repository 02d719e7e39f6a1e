/**
 * A claim file as written, once it has passed the JSON Schema: the shapes are right,
 * the values are not yet checked (dates may not exist, ids may not resolve).
 */
export interface RawClaimFile {
  source: RawSource;
  events?: RawEvent[];
  claims: RawClaim[];
}

export interface RawSource {
  id?: string;
  outlet: string;
  title: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a bare YAML integer year parses as a number. */
  published: string | number;
  author?: string;
  url?: string;
  archive?: string;
  language?: string;
  lean?: string;
}

export interface RawEvent {
  id: string;
  title: string;
  date?: string | number;
  place?: string;
  actors?: string[];
  key?: string;
}

export interface RawClaim {
  id: string;
  event?: string;
  about: string;
  says: string | number | boolean;
  by?: string;
  via?: string[];
  quote?: string;
  hedged?: boolean;
  said?: string | number;
  note?: string;
}
