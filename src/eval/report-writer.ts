import type { EventRecord } from '../model/claim-file.js';
import { dateOf, dayText } from './dates.js';
import type { Random } from './random.js';
import type { WorldEvent } from './world.js';
import { siblingOf } from './gazetteer.js';
import { TERMS } from './terms.js';
import { writePlaceField, writePlaceName } from './place-forms.js';
import type { DateForm, ReportTruth } from './truth.js';
import { slugify, uniqueSlug } from './slug.js';

/** What writing reports needs to know of the whole corpus. */
export interface ReportContext {
  rng: Random;
  declaredSpellings: ReadonlySet<string>;
  /** Days of the true events at each place, to keep vague dates unambiguous. */
  placeDays: ReadonlyMap<string, readonly number[]>;
}

/** A report of an event in one article, before its line in the file is known. */
export interface WrittenReport {
  record: EventRecord;
  truth: Omit<ReportTruth, 'source'>;
  /** The place name this report uses, for its claims' quotes. */
  placeName: string;
}

// A month or an interval may stand for the event only if no other event at the place (or its
// similar-sounding neighbour) falls within it: otherwise no reader could tell which event it is.
function vagueDateIsSafe(context: ReportContext, event: WorldEvent, start: number, end: number): boolean {
  const places = [event.place.id, siblingOf(event.place)?.id].filter((id): id is string => id !== undefined);
  return places.every((id) =>
    (context.placeDays.get(id) ?? []).every((day) => (day === event.day && id === event.place.id) || day < start - 1 || day > end + 1),
  );
}

function writeDate(context: ReportContext, event: WorldEvent, published: number): { text: string; form: DateForm } {
  const { rng } = context;
  const form = rng.weighted([['day', 78], ['slip', 12], ['month', 5], ['interval', 5]] as const);
  if (form === 'slip' && event.day + event.slip <= published) return { text: dayText(event.day + event.slip), form };
  if (form === 'month') {
    const month = dayText(event.day).slice(0, 7);
    const range = dateOf(month);
    if (vagueDateIsSafe(context, event, range.start, range.end)) return { text: month, form };
  }
  if (form === 'interval') {
    const end = Math.min(event.day + rng.int(0, 2), published);
    const start = Math.min(event.day - rng.int(0, 2), end - 1);
    if (vagueDateIsSafe(context, event, start, end)) return { text: `${dayText(start)}/${dayText(end)}`, form };
  }
  return { text: dayText(event.day), form: 'day' };
}

function writeActors(rng: Random, event: WorldEvent): string[] {
  const kept = event.actors.filter((_, index) => index === 0 || rng.chance(0.75));
  return kept.map((key) => {
    const term = TERMS[key];
    const choice = rng.weighted([
      ['canonical', 60],
      ['alias', term.aliases.length > 0 ? 25 : 0],
      ['spelling', term.spellings.length > 0 ? 15 : 0],
    ] as const);
    if (choice === 'alias') return rng.pick(term.aliases);
    if (choice === 'spelling') return rng.pick(term.spellings);
    return term.canonical;
  });
}

/** Writes one article's report of a true event: its title, date, place and actors in the article's words. */
export function writeReport(context: ReportContext, event: WorldEvent, published: number, takenIds: Set<string>): WrittenReport {
  const { rng } = context;
  const writing = writePlaceName(rng, event.place, context.declaredSpellings);
  const titleName = rng.chance(0.8) ? writing.name : writePlaceName(rng, event.place, context.declaredSpellings).name;
  const date = writeDate(context, event, published);
  const id = uniqueSlug(slugify(`${writing.name}-${event.type.id}`, 50), takenIds);
  const record: EventRecord = {
    id,
    title: rng.pick(event.type.titles).replace('{place}', titleName),
    date: dateOf(date.text),
    place: writePlaceField(rng, event.place, writing.name),
    actors: writeActors(rng, event),
    key: event.key !== undefined && rng.chance(0.5) ? event.key : undefined,
    line: 0,
  };
  return {
    record,
    truth: { event: id, trueEvent: event.id, written: date.text, dateForm: date.form, placeForm: writing.form },
    placeName: writing.name,
  };
}
