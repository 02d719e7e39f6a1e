import { displayText, escapeMarkdown } from '../escape/markdown.js';
import { AnchorCounter } from './anchors.js';
import type { Block, Heading } from './blocks.js';

interface Anchored {
  heading: Heading;
  anchor: string;
}

// Anchors come from the text GitHub renders, so the counter sees every heading in document order.
function anchorHeadings(blocks: readonly Block[]): Anchored[] {
  const counter = new AnchorCounter();
  return blocks
    .filter((block): block is Heading => typeof block !== 'string' && block.kind === 'heading')
    .map((heading) => ({ heading, anchor: counter.anchor(displayText(heading.text)) }));
}

// The table of contents: a nested list linking each listed heading's GitHub anchor.
function contentsList(headings: readonly Anchored[]): string {
  const listed = headings.filter(({ heading }) => heading.contents);
  const top = Math.min(...listed.map(({ heading }) => heading.level));
  return listed
    .map(({ heading, anchor }) => `${'  '.repeat(heading.level - top)}- [${escapeMarkdown(heading.text)}](#${anchor})`)
    .join('\n');
}

// A colon before a letter reads as a text directive (`:name`) to parsers with that extension, markdownlint's
// among them, which then leave the name out of the heading's anchor; escaped, it is plain text to all of them.
function headingMarkdown(text: string): string {
  return escapeMarkdown(text).replace(/:(?=\p{L})/gu, '\\:');
}

/** Writes the blocks as one markdown document: blank lines between blocks, the contents filled in, one final newline. */
export function assembleDocument(blocks: readonly Block[]): string {
  const anchored = anchorHeadings(blocks);
  const parts = blocks.map((block) => {
    if (typeof block === 'string') return block;
    if (block.kind === 'contents') return contentsList(anchored);
    return `${'#'.repeat(block.level)} ${headingMarkdown(block.text)}`;
  });
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
