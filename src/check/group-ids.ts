import { foldText } from '../normalise/fold.js';

const MAX_SLUG = 60;

/** A URL- and file-safe slug of a title: folded, words joined by hyphens, cut at a word boundary. */
export function slugify(text: string): string {
  const slug = foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug || 'event';
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG);
}

/** What a group's id is made from. */
export interface IdSeed {
  key?: string;
  /** The group's date as written, if any. */
  date?: string;
  /** The earliest report's title. */
  title: string;
}

/**
 * Gives every group a unique id (contract §3.1), in the order the seeds are given: the shared key, else
 * `<date>-<slug of title>` (the slug alone for an undated group), with `-2`, `-3` … added on a collision.
 * Keys are reserved first, so a generated id never takes a key.
 */
export function assignGroupIds(seeds: readonly IdSeed[]): string[] {
  const used = new Set(seeds.flatMap((s) => (s.key === undefined ? [] : [s.key])));
  return seeds.map((seed) => {
    if (seed.key !== undefined) return seed.key;
    const base = seed.date === undefined ? slugify(seed.title) : `${seed.date.replace(/\//g, '--')}-${slugify(seed.title)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
