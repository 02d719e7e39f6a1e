/** What a long run is doing, as the progress line shows it. */
export type ProgressStage = { stage: 'reading'; done: number; total: number } | { stage: 'cross-checking' };

/** The text of the progress line: `reading 1234/10000 files…`, then `cross-checking…`. */
export function progressText(state: ProgressStage): string {
  if (state.stage === 'reading') return `reading ${state.done}/${state.total} files…`;
  return 'cross-checking…';
}

// Back to the start of the line, and erase from there to its end.
const RETURN = '\r';
const ERASE_LINE_END = '\u001b[K';

/** What to write to replace the line shown with `text`. */
export function redraw(text: string): string {
  return `${RETURN}${text}${ERASE_LINE_END}`;
}

/** What to write to erase the progress line, leaving the cursor at the start of the empty line. */
export function erase(): string {
  return `${RETURN}${ERASE_LINE_END}`;
}
