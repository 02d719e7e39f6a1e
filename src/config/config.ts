/** Per-topic settings from `claimcheck.yaml` (`topics:`). */
export interface TopicSettings {
  /** Answers do not exclude each other: never contested. */
  multi?: boolean;
}

/** The corpus configuration, `claimcheck.yaml` (contract §1.5), after validation. */
export interface CorpusConfig {
  /** Canonical name → its variants; one namespace for places, actors, topics and answers. */
  aliases: Record<string, string[]>;
  topics: Record<string, TopicSettings>;
  /** Pairs of answers that differ but do not contradict. */
  compatible: [string, string][];
  /** Days two reports of one event may differ by (`dateTolerance:`); `--date-tolerance` overrides it. */
  dateTolerance?: number;
  /** The largest claim file read, in bytes (`maxFileSize:`); larger files are reported, not read. */
  maxFileSize?: number;
  /** Display path of the file it came from, if any. */
  file?: string;
}

/** The configuration used when a corpus has no `claimcheck.yaml`. */
export function emptyConfig(): CorpusConfig {
  return { aliases: {}, topics: {}, compatible: [] };
}
