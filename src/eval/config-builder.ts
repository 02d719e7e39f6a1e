import type { CorpusConfig } from '../config/config.js';
import type { Random } from './random.js';
import { GAZETTEER } from './gazetteer.js';
import { ORIGINS } from './origins.js';
import { TERMS } from './terms.js';
import { EVENT_TOPICS, STANDING_TOPICS, type TopicFamily } from './topics.js';

/** Chooses which transliterations the researcher declared; the rest are left to fuzzy matching. */
export function chooseDeclaredSpellings(rng: Random): Set<string> {
  const declared = new Set<string>();
  for (const place of GAZETTEER) {
    for (const spelling of place.spellings) if (rng.chance(0.5)) declared.add(spelling);
  }
  return declared;
}

class AliasTable {
  readonly aliases: Record<string, string[]> = {};
  private readonly owner = new Map<string, string>();

  /** Declares variants of a canonical name; one namespace, so a variant may belong to one name only. */
  add(canonical: string, variants: readonly string[]): void {
    this.claim(canonical, canonical);
    for (const variant of variants) {
      this.claim(variant, canonical);
      const list = (this.aliases[canonical] ??= []);
      if (!list.includes(variant)) list.push(variant);
    }
  }

  private claim(name: string, canonical: string): void {
    const folded = name.toLowerCase();
    const current = this.owner.get(folded);
    if (current !== undefined && current !== canonical) {
      throw new Error(`config: "${name}" is declared under both "${current}" and "${canonical}"`);
    }
    this.owner.set(folded, canonical);
  }
}

const allFamilies = (): TopicFamily[] => [...Object.values(EVENT_TOPICS), ...Object.values(STANDING_TOPICS)];

/**
 * The corpus configuration a careful researcher would write: every other name of a place, origin
 * and force, some transliterations, the topic paraphrases that no matching could join, the `multi`
 * topics and the answers that differ without contradicting.
 */
export function buildConfig(declaredSpellings: ReadonlySet<string>): CorpusConfig {
  const table = new AliasTable();
  for (const place of GAZETTEER) {
    const variants = [...place.spellings.filter((s) => declaredSpellings.has(s)), ...place.otherNames];
    if (variants.length > 0) table.add(place.name, variants);
  }
  for (const origin of Object.values(ORIGINS)) table.add(origin.name, origin.variants);
  for (const term of Object.values(TERMS)) if (term.aliases.length > 0) table.add(term.canonical, term.aliases);
  for (const family of allFamilies()) {
    const declared = family.abouts.filter((a) => a.declared).map((a) => a.text);
    if (declared.length > 0) table.add(family.abouts[0].text, declared);
  }
  const topics: CorpusConfig['topics'] = {};
  for (const family of allFamilies()) if (family.answer.kind === 'multi') topics[family.abouts[0].text] = { multi: true };
  const compatible: [string, string][] = [];
  for (const term of Object.values(TERMS)) for (const other of term.compatible) compatible.push([term.canonical, other]);
  return { aliases: table.aliases, topics, compatible, file: 'claimcheck.yaml' };
}
