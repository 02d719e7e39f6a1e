import { basename, extname } from 'node:path';
import type { Answer, ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';

/** Where in a file's YAML its parts start, 1-based, as the claim-file model records them. */
export interface ClaimFileLayout {
  text: string;
  sourceLine: number;
  eventLines: number[];
  claimLines: number[];
}

// Words YAML 1.1 or 1.2 readers may take for null or booleans.
const RESERVED = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const CONTROL_ALL = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** A double-quoted YAML scalar: JSON's escapes, plus escapes for characters YAML does not print. */
function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(CONTROL_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a string can be written unquoted and still read back as the same string. */
function isPlainSafe(text: string, flow: boolean): boolean {
  if (!/^[\p{L}(“‘]/u.test(text) || text !== text.trim()) return false;
  if (RESERVED.test(text) || CONTROL.test(text)) return false;
  if (/: | #|:$/.test(text)) return false;
  return !(flow && /[,[\]{}]/.test(text));
}

/** Writes a string, number or boolean as a YAML scalar; `flow` for items of `[a, b]` lists. */
export function yamlScalar(value: Answer, flow = false): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`yamlScalar: cannot write the number ${value} as a claim-file value`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const memo = flow ? flowMemo : blockMemo;
  let written = memo.get(value);
  if (written === undefined) {
    written = isPlainSafe(value, flow) ? value : doubleQuoted(value);
    // Corpora repeat the same outlets, topics and answers many times over.
    if (memo.size < 100_000) memo.set(value, written);
  }
  return written;
}

const blockMemo = new Map<string, string>();
const flowMemo = new Map<string, string>();

function flowList(items: readonly string[]): string {
  return `[${items.map((item) => yamlScalar(item, true)).join(', ')}]`;
}

type FieldValue = Answer | readonly string[] | undefined;

/** Collects lines, or only counts them when the caller needs line numbers and not the text. */
class Out {
  readonly lines: string[] = [];
  count = 0;
  constructor(readonly rendering: boolean) {}

  /** Adds a line; returns its 1-based number. */
  push(line: string): number {
    if (this.rendering) this.lines.push(line);
    return (this.count += 1);
  }

  /** Adds `key: value` when the value is present (`raw` text is written as is: dates). */
  field(indent: string, key: string, value: FieldValue, raw = false): void {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    this.count += 1;
    if (!this.rendering) return;
    const written = Array.isArray(value) ? flowList(value) : raw ? String(value) : yamlScalar(value as Answer);
    this.lines.push(`${indent}${key}: ${written}`);
  }
}

function writeClaimFile(file: ClaimFile, out: Out, comment?: string): Omit<ClaimFileLayout, 'text'> {
  if (comment !== undefined) out.push(`# ${comment.replace(/[\r\n]+/g, ' ')}`);
  const { source } = file;
  const sourceLine = out.push('source:');
  const defaultId = basename(file.file, extname(file.file));
  out.field('  ', 'id', source.id === defaultId ? undefined : source.id);
  out.field('  ', 'outlet', source.outlet);
  out.field('  ', 'title', source.title);
  out.field('  ', 'published', source.published.text, true);
  out.field('  ', 'author', source.author);
  out.field('  ', 'url', source.url);
  out.field('  ', 'archive', source.archive);
  out.field('  ', 'language', source.language);
  out.field('  ', 'lean', source.lean);
  const eventLines: number[] = [];
  if (file.events.length > 0) out.push('events:');
  for (const event of file.events) {
    eventLines.push(out.push(`  - id: ${out.rendering ? yamlScalar(event.id) : ''}`));
    out.field('    ', 'title', event.title);
    out.field('    ', 'date', event.date?.text, true);
    out.field('    ', 'place', event.place);
    out.field('    ', 'actors', event.actors);
    out.field('    ', 'key', event.key);
  }
  const claimLines: number[] = [];
  out.push('claims:');
  for (const claim of file.claims) {
    claimLines.push(out.push(`  - id: ${out.rendering ? yamlScalar(claim.id) : ''}`));
    out.field('    ', 'event', claim.event);
    out.field('    ', 'about', claim.about);
    out.field('    ', 'says', claim.says);
    out.field('    ', 'by', claim.by);
    out.field('    ', 'via', claim.via);
    out.field('    ', 'quote', claim.quote);
    out.field('    ', 'hedged', claim.hedged);
    out.field('    ', 'said', claim.said?.text, true);
    out.field('    ', 'note', claim.note);
  }
  return { sourceLine, eventLines, claimLines };
}

/**
 * Writes a claim file as YAML (contract §1) and says on which line each part starts.
 * Dates are written as their text; `source.id` only when it differs from the file name.
 */
export function layoutClaimFile(file: ClaimFile, comment?: string): ClaimFileLayout {
  const out = new Out(true);
  const lines = writeClaimFile(file, out, comment);
  return { text: `${out.lines.join('\n')}\n`, ...lines };
}

/** The lines each part of a claim file starts on once written, without writing the text. */
export function claimFileLines(file: ClaimFile, comment?: string): Omit<ClaimFileLayout, 'text'> {
  return writeClaimFile(file, new Out(false), comment);
}

/** Writes a claim file as YAML (contract §1), optionally under a one-line comment. */
export function renderClaimFileYaml(file: ClaimFile, comment?: string): string {
  return layoutClaimFile(file, comment).text;
}

/** Writes a corpus configuration as `claimcheck.yaml` (contract §1.5). */
export function renderConfigYaml(config: CorpusConfig, comment?: string): string {
  const out: string[] = comment === undefined ? [] : [`# ${comment.replace(/[\r\n]+/g, ' ')}`];
  const aliases = Object.entries(config.aliases);
  if (aliases.length > 0) {
    out.push('aliases:');
    for (const [canonical, variants] of aliases) out.push(`  ${yamlScalar(canonical)}: ${flowList(variants)}`);
  }
  const topics = Object.entries(config.topics);
  if (topics.length > 0) {
    out.push('topics:');
    for (const [about, settings] of topics) out.push(`  ${yamlScalar(about)}: { multi: ${settings.multi === true} }`);
  }
  if (config.compatible.length > 0) {
    out.push('compatible:');
    for (const pair of config.compatible) out.push(`  - ${flowList(pair)}`);
  }
  if (config.dateTolerance !== undefined) out.push(`dateTolerance: ${config.dateTolerance}`);
  return `${out.join('\n')}\n`;
}
