import { generateCorpus } from '../eval/generate.js';
import { writeCorpus } from '../eval/write-corpus.js';
import type { ClaimFile } from '../model/claim-file.js';

/** A corpus written for the benchmark. */
export interface BenchCorpus {
  /** Row label: `10k claims`, `worst case, 10k claims`. */
  label: string;
  dir: string;
  files: number;
  claims: number;
}

/** The generator gives about this many claims per event. */
const CLAIMS_PER_EVENT = 16;

/** Events to generate for about `claims` claims. */
export function eventsFor(claims: number): number {
  return Math.max(1, Math.round(claims / CLAIMS_PER_EVENT));
}

/** `1,000` → `1k`, `100,000` → `100k`: the size label of a corpus. */
export function sizeLabel(claims: number): string {
  return claims >= 1000 && claims % 1000 === 0 ? `${claims / 1000}k` : String(claims);
}

/**
 * The worst case for event grouping: every event of every article in one place on one day (the
 * earliest day any article was published, so no event lies after its article and lint stays clean).
 */
export function worstCase(files: readonly ClaimFile[]): ClaimFile[] {
  const first = files.reduce((earliest, f) => (f.source.published.start < earliest.source.published.start ? f : earliest));
  const start = first.source.published.start;
  const text = new Date(start * 86_400_000).toISOString().slice(0, 10);
  const date = { text, start, end: start, precision: 'day' as const };
  return files.map((file) => ({ ...file, events: file.events.map((event) => ({ ...event, date, place: 'Qamishli' })) }));
}

/** Generates a corpus of about `claims` claims with the project's generator and writes it under `dir`. */
export async function writeBenchCorpus(dir: string, claims: number, options: { worst?: boolean; seed?: number } = {}): Promise<BenchCorpus> {
  const corpus = generateCorpus({ seed: options.seed ?? 1, events: eventsFor(claims) });
  const files = options.worst ? worstCase(corpus.files) : corpus.files;
  await writeCorpus(dir, { files, config: corpus.config });
  const label = `${options.worst ? 'worst case, ' : ''}${sizeLabel(claims)} claims`;
  return { label, dir, files: files.length, claims: files.reduce((n, f) => n + f.claims.length, 0) };
}
