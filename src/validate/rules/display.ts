/** Untrusted text for a one-line message: spaces folded, cut to about `max` characters at a word end, in double quotes. */
export function show(text: string | number | boolean, max = 60): string {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `"${flat}"`;
  const cut = flat.slice(0, max - 1);
  const wordEnd = cut.lastIndexOf(' ');
  return `"${(wordEnd > max / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…"`;
}

/** A short list of names for a message: `"a", "b", "c" and 4 more`. */
export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((name) => show(name, 40));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
