import { escapeMarkdown } from '../escape/markdown.js';

/** A heading of the report, as plain untrusted text; it is escaped and given its anchor when the document is assembled. */
export interface Heading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Listed in the table of contents. */
  contents: boolean;
}

/** Where the table of contents goes; it is written once every heading is known. */
export interface ContentsPlaceholder {
  kind: 'contents';
}

/** One block of the report: ready markdown (escaped, no surrounding blank lines), a heading, or the contents. */
export type Block = string | Heading | ContentsPlaceholder;

/** A heading block. */
export function heading(level: Heading['level'], text: string, contents = true): Heading {
  return { kind: 'heading', level, text, contents };
}

/** Shown in a table cell that has nothing to show (GFM cells must not be empty for a tidy table). */
export const EMPTY_CELL = '—';

/** Marks a table cell that repeats the cell above it. */
export const DITTO = '″';

/**
 * A GFM table from cells that are already markdown (see `escapeMarkdown`). Every row must have
 * exactly as many cells as the header; an empty (or blank) cell shows `EMPTY_CELL`.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => {
    if (cells.length !== header.length) {
      throw new Error(`table: a row has ${cells.length} cells, the header ${header.length}`);
    }
    // One space each side of a cell's text, never more, as markdownlint's table style wants.
    return `| ${cells.map((cell) => cell.trim() || EMPTY_CELL).join(' | ')} |`;
  };
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A bulleted list of markdown items. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** Strong emphasis around untrusted text, which cannot close it early once escaped. */
export function strong(text: string | number | boolean): string {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? EMPTY_CELL : `**${escaped}**`;
}
