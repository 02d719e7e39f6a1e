// One memo per length limit; corpora slug the same names many times.
const caches = new Map<number, Map<string, string>>();

function computeSlug(text: string): string {
  // Only text outside ASCII needs the (slower) Unicode decomposition that strips diacritics.
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Lower-case ASCII slug of a name, at most `max` characters: "Dêrik" → "derik", "Tal Jum'a" → "tal-jum-a". */
export function slugify(text: string, max = 60): string {
  let cache = caches.get(max);
  if (!cache) caches.set(max, (cache = new Map()));
  let slug = cache.get(text);
  if (slug === undefined) {
    const full = computeSlug(text);
    slug = full.length <= max ? full : full.slice(0, max).replace(/-[^-]*$/, '') || full.slice(0, max);
    if (cache.size < 50_000) cache.set(text, slug);
  }
  return slug;
}

/** Returns `base`, or `base-2`, `base-3` … whichever is not yet in `taken`, and records it. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
