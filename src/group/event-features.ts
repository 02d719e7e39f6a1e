import type { ReportItem } from '../check/items.js';
import { TITLE_BLOCKING_KEYS, TITLE_KEY_MAX_SHARE, TITLE_KEY_MIN_FREQUENCY, TOKEN_MATCH, UNDATED_LOOKBACK_DAYS } from '../check/thresholds.js';
import { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { skeleton } from '../normalise/skeleton.js';
import { tokenId, tokenSimilarity } from '../normalise/token-similarity.js';
import type { WeightedToken } from '../normalise/weighted-match.js';
import { placeFeatures, placeTokens, placeWeightKeys, weighPlace, type PlaceFeatures, type WeightedPlace } from './place.js';

/** The days an event may have happened on, and whether each end may be stretched by the tolerance. */
export interface DateWindow {
  start: number;
  end: number;
  /** The end was written to the day, so the tolerance applies to it. */
  startIsDay: boolean;
  endIsDay: boolean;
  /** The event has no date: this is the stretch before its article's publication where it is looked for. */
  undated: boolean;
}

/** What event grouping compares of one report, computed once. */
export interface EventFeatures {
  report: ReportItem;
  window: DateWindow;
  place?: WeightedPlace;
  /** The title's words, the place's own names taken out: what it says happened. */
  title: WeightedToken[];
  /** The title's words as written, place names included (to find a place in the title of a report without one). */
  fullTitle: WeightedToken[];
  actors: WeightedToken[];
  /** Keys under which candidate pairs are looked for: skeletons of place names and rare title words. */
  blockingKeys: string[];
}

interface EventWeights {
  place: TokenWeights;
  title: TokenWeights;
  actors: TokenWeights;
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function dateWindow(report: ReportItem): DateWindow {
  const date = report.event.date;
  if (date) {
    const [first, last = first] = date.text.split('/');
    return { start: date.start, end: date.end, startIsDay: DAY_TEXT.test(first), endIsDay: DAY_TEXT.test(last), undated: false };
  }
  const published = report.file.source.published;
  return {
    start: published.start - UNDATED_LOOKBACK_DAYS,
    end: published.end,
    startIsDay: false,
    endIsDay: false,
    undated: true,
  };
}

/** Title words minus those that name the place (exactly or as a transliteration). */
export function withoutNames(title: readonly string[], names: readonly string[]): string[] {
  return title.filter((token) => !names.some((name) => name === token || tokenSimilarity(name, token) >= TOKEN_MATCH));
}

function blockingKey(token: string): string {
  const sk = skeleton(token);
  return sk.length >= 2 ? sk : token;
}

/** Computes every report's features, its words weighed by their rarity in the corpus's places, titles and actors. */
export function eventFeatures(reports: readonly ReportItem[], normaliser: Normaliser): EventFeatures[] {
  const weights: EventWeights = { place: new TokenWeights(), title: new TokenWeights(), actors: new TokenWeights() };
  // Corpora repeat places and titles: each distinct one is read once.
  const places = new Map<string, PlaceFeatures>();
  const titles = new Map<string, string[]>();
  const partial = reports.map((report) => {
    const written = report.event.place;
    let place = written === undefined ? undefined : places.get(written);
    if (written !== undefined && !place) {
      place = placeFeatures(written, normaliser);
      places.set(written, place);
    }
    const fullTitle = normaliser.normalise(report.event.title).content;
    const actors = [...new Set(report.event.actors.flatMap((actor) => normaliser.normalise(actor).content))];
    const usablePlace = place && place.head.length + place.tail.length > 0 ? place : undefined;
    const names = usablePlace ? placeTokens(usablePlace) : [];
    const titleKey = `${report.event.title}\u0000${usablePlace ? written : ''}`;
    let title = titles.get(titleKey);
    if (!title) {
      title = names.length === 0 ? fullTitle : withoutNames(fullTitle, names);
      titles.set(titleKey, title);
    }
    if (usablePlace) weights.place.add(placeWeightKeys(usablePlace));
    weights.title.add(fullTitle);
    weights.actors.add(actors);
    return { report, window: dateWindow(report), place: usablePlace, title, fullTitle, actors };
  });
  // Common title words ("patrol", "clash") would make crowded buckets and find nothing places do not.
  const commonTitleWord = Math.max(TITLE_KEY_MIN_FREQUENCY, reports.length * TITLE_KEY_MAX_SHARE);
  return partial.map((item): EventFeatures => {
    const keys = new Set<string>();
    if (item.place) {
      for (const { token, factor } of item.place.head) if (factor === 1) keys.add(blockingKey(token));
      if (item.place.headName !== '') keys.add(item.place.headSkeleton.length >= 2 ? item.place.headSkeleton : item.place.headName);
    }
    const rare = item.fullTitle
      .filter((token) => weights.title.frequency(token) <= commonTitleWord)
      .sort((a, b) => weights.title.frequency(a) - weights.title.frequency(b) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, TITLE_BLOCKING_KEYS);
    for (const token of rare) keys.add(blockingKey(token));
    const weigh = (tokens: string[], by: TokenWeights) => tokens.map((token) => ({ token, weight: by.weight(token), id: tokenId(token) }));
    return {
      report: item.report,
      window: item.window,
      place: item.place ? weighPlace(item.place, weights.place) : undefined,
      title: weigh(item.title, weights.title),
      fullTitle: weigh(item.fullTitle, weights.title),
      actors: weigh(item.actors, weights.actors),
      blockingKeys: [...keys],
    };
  });
}
