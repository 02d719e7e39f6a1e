import { Postings } from './postings.js';
import { keyPairCount, keyUnitPairs, keyUnits, offers, unitPairs, type Needs, type TextReach } from './text-reach.js';

/** A text answer as the index files and finds it: its reach, polarity and normal form. */
export interface TextFacts extends TextReach {
  unitSet: ReadonlySet<string>;
  negated: boolean;
  normal: string;
}

// A first key with more units than this is not filed under each two of them: it would take too many names.
// Such keys are weighed by every query that goes by pairs.
const PAIRED_UNITS_MAX = 24;
// Likewise, a first key whose pair key names more pairs of units than this is not filed under them.
const PAIRED_NEEDS_MAX = 512;

// What a position's first key, a text, offers and needs.
interface FirstText {
  units: ReadonlySet<string>;
  needs: Needs;
  roleNeeds: Needs;
}

/**
 * The positions whose first key is a text, filed so that a text answer finds those it may agree with (see
 * `textReaches`): the same normal form; first keys that offer what the answer needs; first keys whose needs
 * the answer offers; with role nouns out, both. Whoever offers what a list of words needs holds a unit its key
 * words match, or two units two of its pair-key words match: only the positions found so are weighed.
 */
export class TextPositions {
  private readonly postings = new Postings();
  private readonly firsts = new Map<number, FirstText>();
  // First keys not filed under their pairs of units, and those not filed under the pairs their needs name.
  private readonly manyUnits: number[] = [];
  private readonly manyNeeds: number[] = [];

  open(text: TextFacts, position: number): void {
    const sign = text.negated ? '-' : '+';
    this.postings.file(`n${sign}${text.normal}`, position);
    if (text.units.length <= PAIRED_UNITS_MAX) for (const name of unitPairs(text.units)) this.postings.file(`u${sign}${name}`, position);
    else {
      for (const unit of text.units) this.postings.file(`u${sign}${unit}`, position);
      this.manyUnits.push(position);
    }
    const pairs = keyPairCount(text.needs);
    if (pairs === Infinity) for (const unit of keyUnits(text.needs)) this.postings.file(`h${sign}${unit}`, position);
    else if (pairs <= PAIRED_NEEDS_MAX) for (const name of keyUnitPairs(text.needs)) this.postings.file(`h${sign}${name}`, position);
    else this.manyNeeds.push(position);
    this.firsts.set(position, { units: new Set(text.units), needs: text.needs, roleNeeds: text.roleNeeds });
  }

  /** Positions whose first key may agree with the text, unordered and possibly repeated. */
  candidates(text: TextFacts): number[] {
    const sign = text.negated ? '-' : '+';
    const found = [...this.postings.at(`n${sign}${text.normal}`)];
    const first = (position: number) => this.firsts.get(position) as FirstText;
    for (const position of this.offering(sign, text.needs)) if (offers(text.needs, first(position).units)) found.push(position);
    const offered = this.postings.union(unitPairs(text.units).map((name) => `h${sign}${name}`));
    for (const position of this.manyNeeds) offered.add(position);
    for (const position of offered) if (offers(first(position).needs, text.unitSet)) found.push(position);
    if (text.hasRoles) {
      for (const position of this.offering(sign, text.roleNeeds)) {
        if (offers(text.roleNeeds, first(position).units) && offers(first(position).roleNeeds, text.unitSet)) found.push(position);
      }
    }
    return found;
  }

  // First keys holding a unit the key words match, or two units two pair-key words match, whichever lists fewer.
  private offering(sign: string, needs: Needs): Set<number> {
    const singles = keyUnits(needs).map((unit) => `u${sign}${unit}`);
    const listed = this.postings.count(singles);
    if (keyPairCount(needs) + this.manyUnits.length >= listed) return this.postings.union(singles);
    const pairs = keyUnitPairs(needs).map((name) => `u${sign}${name}`);
    if (this.postings.count(pairs) + this.manyUnits.length >= listed) return this.postings.union(singles);
    const found = this.postings.union(pairs);
    for (const position of this.manyUnits) found.add(position);
    return found;
  }
}
