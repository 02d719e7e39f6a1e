import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';
import { createRandom } from './random.js';
import { buildWorld } from './world.js';
import { writeArticles } from './articles.js';
import { buildConfig, chooseDeclaredSpellings } from './config-builder.js';
import { buildTruth } from './build-truth.js';
import type { Truth } from './truth.js';

export { renderClaimFileYaml, renderConfigYaml } from './yaml-writer.js';
export { writeCorpus } from './write-corpus.js';

/** What to generate. */
export interface GenerateOptions {
  /** Any 32-bit integer; the same seed and event count give the same corpus, byte for byte. */
  seed: number;
  /** True events to invent; each yields about five reports and sixteen claims (250 events: about 4,000 claims). */
  events: number;
}

/** A synthetic corpus: claim files (sorted by path), the configuration a researcher would write, and the truth. */
export interface Corpus {
  files: ClaimFile[];
  config: CorpusConfig;
  truth: Truth;
}

/**
 * Generates a corpus of invented reports about invented events in north-east Syria, with the hard
 * cases of real reporting and the known truth about which reports, topics and answers belong together.
 */
export function generateCorpus(options: GenerateOptions): Corpus {
  const { seed, events } = options;
  if (!Number.isInteger(seed)) throw new RangeError(`generateCorpus: seed must be an integer, for example 1; got ${seed}`);
  if (!Number.isInteger(events) || events < 1) {
    throw new RangeError(`generateCorpus: events must be a whole number of 1 or more, for example 200; got ${events}`);
  }
  // Separate streams, so the configuration depends on the seed alone and not on the corpus size.
  const declared = chooseDeclaredSpellings(createRandom(seed ^ 0x5bd1e995));
  const config = buildConfig(declared);
  const world = buildWorld(createRandom(seed), events);
  const articles = writeArticles(createRandom(seed ^ 0x27d4eb2f), world, declared);
  articles.sort((a, b) => (a.file.file < b.file.file ? -1 : a.file.file > b.file.file ? 1 : 0));
  const files = articles.map((a) => a.file);
  return { files, config, truth: buildTruth(seed, world, articles, files) };
}
