import type { Random } from './random.js';
import { DISTRICT_TAILS, PROVINCE_TAILS, type Place } from './gazetteer.js';
import type { PlaceForm } from './truth.js';

/** A place's name as one article writes it. */
export interface PlaceWriting {
  name: string;
  form: PlaceForm;
}

/** Picks the name an article uses: canonical, a transliteration (declared or not), or another name. */
export function writePlaceName(rng: Random, place: Place, declared: ReadonlySet<string>): PlaceWriting {
  const choice = rng.weighted([
    ['canonical', 40],
    ['spelling', place.spellings.length > 0 ? 40 : 0],
    ['other', place.otherNames.length > 0 ? 20 : 0],
  ] as const);
  if (choice === 'spelling') {
    const name = rng.pick(place.spellings);
    return { name, form: declared.has(name) ? 'declared-spelling' : 'fuzzy-spelling' };
  }
  if (choice === 'other') return { name: rng.pick(place.otherNames), form: 'other-name' };
  return { name: place.name, form: 'canonical' };
}

/** Writes an event's `place`: the name with the tail writers add ("X, al-Qamishli countryside", "near X"). */
export function writePlaceField(rng: Random, place: Place, name: string): string {
  if (place.kind === 'town') {
    return rng.weighted([
      [name, 40],
      [`${name}, ${rng.pick(PROVINCE_TAILS)}`, 25],
      [`near ${name}`, 15],
      [`outside ${name}`, 10],
      [`${name} town`, 10],
    ] as const);
  }
  return rng.weighted([
    [name, 25],
    [`${name}, ${rng.pick(DISTRICT_TAILS[place.district])}`, 30],
    [`near ${name}`, 10],
    [`${name} village`, 15],
    [`the village of ${name}`, 10],
    [`${name}, ${rng.pick(PROVINCE_TAILS)}`, 10],
  ] as const);
}
