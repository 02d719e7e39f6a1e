/*
 * GitHub's heading anchors: the heading's text lower-cased, every character that is not a letter,
 * mark, number, connector punctuation (`_`), hyphen or space removed, spaces turned into hyphens;
 * a repeated anchor gets `-1`, `-2` … in document order.
 */

const NOT_IN_ANCHOR = /[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu;

/** GitHub's anchor for a heading whose rendered text is `text` (without the duplicate suffix). */
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(NOT_IN_ANCHOR, '').replace(/ /g, '-');
}

/** Hands out GitHub's anchors for a document's headings, in document order, numbering repeats. */
export class AnchorCounter {
  readonly #seen = new Map<string, number>();

  /** The anchor of the next heading with rendered text `text`. */
  anchor(text: string): string {
    const slug = githubSlug(text);
    const count = this.#seen.get(slug) ?? 0;
    this.#seen.set(slug, count + 1);
    return count === 0 ? slug : `${slug}-${count}`;
  }
}
