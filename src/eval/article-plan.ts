import type { Random } from './random.js';
import { OUTLETS, type Outlet } from './outlets.js';
import type { World, WorldEvent } from './world.js';

/** One article to write: who published it when, the events it reports, and how many standing claims it adds. */
export interface ArticlePlan {
  outlet: Outlet;
  /** Days since 1970-01-01. */
  published: number;
  /** The events it reports, its main story first; empty for an analysis piece. */
  events: WorldEvent[];
  standing: number;
}

const LAG = [[0, 25], [1, 45], [2, 20], [3, 6], [5, 4]] as const;

// Index of the first event on or after `day` in a list sorted by day.
function firstOnOrAfter(sorted: readonly WorldEvent[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Earlier events an article recalls ("the latest flare-up follows …"), often at the same place or of the same kind.
function recalledEvents(rng: Random, sorted: readonly WorldEvent[], main: WorldEvent, published: number): WorldEvent[] {
  if (!rng.chance(0.3)) return [];
  const from = firstOnOrAfter(sorted, published - 45);
  const to = firstOnOrAfter(sorted, published - 1);
  const window = sorted.slice(from, to).filter((e) => e !== main);
  if (window.length === 0) return [];
  const related = window.filter((e) => e.place === main.place || e.type === main.type);
  const pool = related.length > 0 && rng.chance(0.5) ? related : window;
  return rng.sample(pool, rng.weighted([[1, 70], [2, 25], [3, 5]] as const));
}

/** Plans the articles: one per outlet covering an event, a few follow-ups, and some analysis pieces. */
export function planArticles(rng: Random, world: World): ArticlePlan[] {
  const sorted = [...world.events].sort((a, b) => a.day - b.day);
  const plans: ArticlePlan[] = [];
  for (const event of world.events) {
    for (const outlet of event.outlets) {
      const published = event.day + rng.weighted(LAG);
      const standing = rng.chance(0.25) ? rng.int(1, 2) : 0;
      plans.push({ outlet, published, events: [event, ...recalledEvents(rng, sorted, event, published)], standing });
      if (rng.chance(0.05)) plans.push({ outlet, published: published + rng.int(2, 6), events: [event], standing: 0 });
    }
  }
  const first = sorted[0]?.day ?? 0;
  const last = sorted[sorted.length - 1]?.day ?? 0;
  const analyses = Math.ceil(world.events.length * 0.05);
  for (let i = 0; i < analyses; i += 1) {
    plans.push({ outlet: rng.pick(OUTLETS), published: rng.int(first, last), events: [], standing: rng.int(3, 5) });
  }
  return plans;
}
