import { statSync } from 'node:fs';
import type { DiscoveredFile } from './discover-files.js';

// Files asked for their size: enough for a fair mean, few enough to cost nothing (one stat each).
const SAMPLES = 64;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * About how many bytes the claim files hold together: all their sizes for a small corpus, else the mean
 * size of a sample spread evenly over the list (at fractional steps, so no period in the names lines up
 * with it), times the number of files. A file that cannot be read counts for nothing here; reading it
 * reports why. The same list gives the same estimate.
 */
export function estimateCorpusBytes(files: readonly DiscoveredFile[]): number {
  const sampled = Math.min(files.length, SAMPLES);
  if (sampled === 0) return 0;
  let bytes = 0;
  for (let k = 0; k < sampled; k++) bytes += sizeOf(files[Math.floor(((k + 0.5) * files.length) / sampled)].path);
  return Math.round((bytes / sampled) * files.length);
}
