import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';
import type { Truth } from './truth.js';
import { renderClaimFileYaml, renderConfigYaml } from './yaml-writer.js';

/** What `writeCorpus` writes. */
export interface CorpusOnDisk {
  files: readonly ClaimFile[];
  config: CorpusConfig;
  truth?: Truth;
}

/** Whether to write `truth.json` beside the claim files (it is not a claim file; lint ignores it). */
export interface WriteOptions {
  truth?: boolean;
}

/** What was written, for a caller's summary. */
export interface WriteSummary {
  files: number;
  bytes: number;
}

const WRITES_IN_FLIGHT = 32;

const README = `# Synthetic claimcheck corpus

Every article, event and statement in these claim files is invented, to measure how well
\`claimcheck check\` groups reports and finds contradictions. The outlets and origins are real
names used for realism; the URLs (\`*.example\`) lead nowhere. \`truth.json\`, when present,
records what is really true of the corpus.
`;

/**
 * Writes a corpus under `dir`: each claim file at its path, `claimcheck.yaml`, a README saying the
 * corpus is synthetic, and `truth.json` when asked. Files are rendered and written a batch at a
 * time, so memory does not grow with the text of the whole corpus.
 */
export async function writeCorpus(dir: string, corpus: CorpusOnDisk, options: WriteOptions = {}): Promise<WriteSummary> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  const made = new Set<string>();
  const write = async (relative: string, text: string): Promise<void> => {
    if (isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) {
      throw new Error(`writeCorpus: "${relative}" is not a path inside the corpus; claim file paths must be relative, like claims/a.yaml`);
    }
    const path = join(dir, relative);
    const parent = dirname(path);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(path, text, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
  };
  await write('README.md', README);
  await write('claimcheck.yaml', renderConfigYaml(corpus.config, 'Corpus configuration of a synthetic claimcheck corpus'));
  // A few dozen writes in flight at a time: fast on large corpora, bounded in memory.
  for (let start = 0; start < corpus.files.length; start += WRITES_IN_FLIGHT) {
    const batch = corpus.files.slice(start, start + WRITES_IN_FLIGHT);
    await Promise.all(batch.map((file) => write(file.file, renderClaimFileYaml(file))));
  }
  if (options.truth && corpus.truth) await write('truth.json', `${JSON.stringify(corpus.truth, null, 1)}\n`);
  return { files: corpus.files.length, bytes };
}
