import type { CorpusConfig } from '../../config/config.js';
import { foldName } from './text-fold.js';

type NameKey = (name: string) => string;

// One keyer per configuration: several rules ask for it on every file of a corpus.
const keyers = new WeakMap<CorpusConfig, NameKey>();

/** The alias table of a configuration, variant and canonical name alike mapped to the folded canonical name. */
function buildKeyer(config: CorpusConfig): NameKey {
  const canonical = new Map<string, string>();
  for (const [name, variants] of Object.entries(config.aliases)) {
    const key = foldName(name);
    canonical.set(key, key);
    for (const variant of variants) canonical.set(foldName(variant), key);
  }
  return (name) => {
    const key = foldName(name);
    return canonical.get(key) ?? key;
  };
}

/**
 * The function giving the key under which two names count as the same origin:
 * folded, case-insensitive, and a whole-name alias replaced by its canonical name.
 */
export function nameKeyer(config: CorpusConfig): NameKey {
  let keyer = keyers.get(config);
  if (!keyer) {
    keyer = buildKeyer(config);
    keyers.set(config, keyer);
  }
  return keyer;
}
