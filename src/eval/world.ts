import type { Random } from './random.js';
import { GAZETTEER, siblingOf, type Place } from './gazetteer.js';
import { EVENT_TYPES, type EventType } from './event-types.js';
import { OUTLETS, type Outlet } from './outlets.js';
import type { TermKey } from './terms.js';
import { EVENT_TOPICS, STANDING_TOPICS } from './topics.js';
import type { OriginKey } from './origins.js';
import { makeTopicInstance, type TopicInstance } from './topic-instance.js';
import type { DistractorKind } from './truth.js';
import { slugify } from './slug.js';
import { dayNumber } from '../model/claim-date.js';
import { dayText } from './dates.js';

/** A true event with everything reports of it draw on. */
export interface WorldEvent {
  id: string;
  type: EventType;
  place: Place;
  /** Days since 1970-01-01. */
  day: number;
  /** The direction in which this event's slipped reports get its date wrong. */
  slip: 1 | -1;
  key?: string;
  distractor?: { of: string; kind: DistractorKind };
  actors: TermKey[];
  topics: TopicInstance[];
  /** The outlets that cover it as their main story. */
  outlets: Outlet[];
}

/** The true state of the synthetic region: its events and its standing questions. */
export interface World {
  events: WorldEvent[];
  standing: TopicInstance[];
}

/** Days between events at one place: closer than this, two reports there would be one event. */
export const SAME_PLACE_GAP = 7;
const FIRST_DAY = dayNumber(2019, 10, 15);
const STANDING_ORIGINS: readonly OriginKey[] = [
  'coalition', 'ruMod', 'pentagon', 'stateDept', 'kremlin', 'sohr', 'sdf', 'activist', 'sana', 'trMod', 'hawar', 'northPress',
];

const PLACE_WEIGHTS = GAZETTEER.map((place) => [place, place.weight] as const);
const TYPE_WEIGHTS = EVENT_TYPES.map((type) => [type, type.weight] as const);
const OUTLET_WEIGHTS = OUTLETS.map((outlet) => [outlet, outlet.weight] as const);

interface Draft {
  type: EventType;
  place: Place;
  day: number;
  distractor?: { of: string; kind: DistractorKind };
}

class PlaceCalendar {
  private readonly days = new Map<string, { day: number; type: string }[]>();

  /**
   * Whether an event fits without making two true events indistinguishable: none at the same place
   * within a week, and none of the same kind at the similar-sounding neighbour within a week.
   */
  fits(draft: Draft): boolean {
    const here = this.days.get(draft.place.id) ?? [];
    if (here.some((e) => Math.abs(e.day - draft.day) < SAME_PLACE_GAP)) return false;
    const sibling = siblingOf(draft.place);
    const there = sibling ? this.days.get(sibling.id) ?? [] : [];
    return !there.some((e) => Math.abs(e.day - draft.day) < SAME_PLACE_GAP && e.type === draft.type.id);
  }

  add(draft: Draft): void {
    const list = this.days.get(draft.place.id) ?? [];
    list.push({ day: draft.day, type: draft.type.id });
    this.days.set(draft.place.id, list);
  }
}

function otherType(rng: Random, type: EventType): EventType {
  return rng.weighted(TYPE_WEIGHTS.filter(([t]) => t.id !== type.id));
}

// A new event made to resemble an earlier one: same place later, same date elsewhere, or the similar-sounding village.
function distractorDraft(rng: Random, kind: DistractorKind, base: WorldEvent): Draft | undefined {
  const distractor = { of: base.id, kind };
  const sibling = siblingOf(base.place);
  if (kind === 'same-place-later') {
    const type = rng.chance(0.6) ? base.type : otherType(rng, base.type);
    return { type, place: base.place, day: base.day + rng.int(SAME_PLACE_GAP, 21), distractor };
  }
  if (kind === 'same-date-elsewhere') {
    const near = GAZETTEER.filter((p) => p.district === base.place.district && p.id !== base.place.id && p.id !== sibling?.id);
    const place = near.length > 0 && rng.chance(0.7) ? rng.pick(near) : rng.weighted(PLACE_WEIGHTS);
    const type = rng.chance(0.5) ? base.type : otherType(rng, base.type);
    return { type, place, day: base.day, distractor };
  }
  if (!sibling) return undefined;
  return { type: otherType(rng, base.type), place: sibling, day: base.day + rng.int(-1, 1), distractor };
}

function randomDraft(rng: Random, spanDays: number): Draft {
  return { type: rng.weighted(TYPE_WEIGHTS), place: rng.weighted(PLACE_WEIGHTS), day: FIRST_DAY + rng.int(0, spanDays - 1) };
}

// `nearSibling`: the events so far at places that have a similar-sounding neighbour.
function draftEvent(rng: Random, calendar: PlaceCalendar, events: WorldEvent[], nearSibling: WorldEvent[], spanDays: number): Draft {
  if (events.length > 0 && rng.chance(0.3)) {
    const kind = rng.weighted([['same-place-later', 40], ['same-date-elsewhere', 35], ['similar-village', 25]] as const);
    const bases = kind === 'similar-village' ? nearSibling : events;
    for (let attempt = 0; attempt < 10 && bases.length > 0; attempt += 1) {
      const draft = distractorDraft(rng, kind, rng.pick(bases));
      if (draft && calendar.fits(draft)) return draft;
    }
  }
  for (;;) {
    const draft = randomDraft(rng, spanDays);
    if (calendar.fits(draft)) return draft;
  }
}

function eventTopics(rng: Random, id: string, type: EventType): TopicInstance[] {
  const [first, ...rest] = type.topics;
  const chosen = [first, ...rng.sample(rest, rng.int(1, Math.min(4, rest.length)))];
  const topics: TopicInstance[] = [];
  for (const key of chosen) {
    const family = EVENT_TOPICS[key];
    const killed = topics.find((t) => t.family.id === 'killed');
    // Killed and injured both answered with the same number: distinct topics that share their filler.
    const firstValue = key === 'injured' && killed && rng.chance(0.4) ? Number(killed.classes[0].id.slice(1)) : undefined;
    topics.push(makeTopicInstance(rng, `${id}/${family.id}`, family, type.origins, firstValue));
  }
  return topics;
}

function coverage(rng: Random): Outlet[] {
  const count = rng.weighted([[1, 14], [2, 24], [3, 24], [4, 16], [5, 10], [6, 6], [7, 4], [8, 2]] as const);
  const outlets: Outlet[] = [];
  while (outlets.length < count) {
    const outlet = rng.weighted(OUTLET_WEIGHTS);
    if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  return outlets;
}

function completeEvent(rng: Random, draft: Draft, index: number): WorldEvent {
  const id = `ev${String(index + 1).padStart(5, '0')}-${draft.place.id}-${draft.type.id}`;
  const [lead, ...others] = draft.type.actors;
  return {
    id,
    ...draft,
    slip: rng.chance(0.5) ? 1 : -1,
    key: rng.chance(0.05) ? slugify(`${dayText(draft.day)}-${draft.place.id}-${draft.type.id}`) : undefined,
    actors: [lead, ...rng.sample(others, rng.int(1, others.length))],
    topics: eventTopics(rng, id, draft.type),
    outlets: coverage(rng),
  };
}

/** Creates the true events (about one in four made to resemble an earlier one) and the standing questions. */
export function buildWorld(rng: Random, eventCount: number): World {
  // About two events a day: crowded enough that the same day holds several events.
  const spanDays = Math.max(90, Math.ceil(eventCount / 2));
  const calendar = new PlaceCalendar();
  const events: WorldEvent[] = [];
  const nearSibling: WorldEvent[] = [];
  for (let index = 0; index < eventCount; index += 1) {
    const draft = draftEvent(rng, calendar, events, nearSibling, spanDays);
    calendar.add(draft);
    const event = completeEvent(rng, draft, index);
    events.push(event);
    if (siblingOf(event.place)) nearSibling.push(event);
  }
  const standing = Object.values(STANDING_TOPICS).map((family) =>
    makeTopicInstance(rng, `standing/${family.id}`, family, rng.sample(STANDING_ORIGINS, 6)),
  );
  return { events, standing };
}
