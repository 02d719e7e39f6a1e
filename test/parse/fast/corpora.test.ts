import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { generateCorpus } from '../../../src/eval/generate.js';
import { renderClaimFileYaml, renderConfigYaml } from '../../../src/eval/yaml-writer.js';
import { parseYaml } from '../../../src/parse/parse-yaml.js';
import { tally } from './differential.js';

const SEED_CLAIMS = fileURLToPath(new URL('../../../data/claims/', import.meta.url));

const generated = generateCorpus({ seed: 11, events: 80 }).files.map((file) => renderClaimFileYaml(file));
/** The generated files as plain data, to be written again by other writers. */
const data = generated.map((text) => parseYaml(text, 'generated.yaml').value);

const PLAIN_SAFE = /^[A-Za-z(“‘][^:#'"\n\t]*$/;
const RESERVED = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;

/** Folds a long scalar at single spaces, PyYAML-fashion: each break becomes a space again when read. */
function foldAt(text: string, width: number, indent: string): string {
  const words = text.split(/(?<=\S) (?=\S)/);
  const lines = [words[0]];
  for (const word of words.slice(1)) {
    if (lines[lines.length - 1].length + word.length + 1 > width) lines.push(word);
    else lines[lines.length - 1] += ` ${word}`;
  }
  return lines.join(`\n${indent}`);
}

/** A scalar as PyYAML's safe_dump writes one: plain when it can, else single-quoted; long ones folded. */
function pyScalar(value: unknown, indent: string): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  const plain = PLAIN_SAFE.test(value) && value === value.trim() && !RESERVED.test(value);
  return foldAt(plain ? value : `'${value.replace(/'/g, "''")}'`, 80, indent);
}

/**
 * Writes plain data the way PyYAML's `safe_dump` lays it out: keys sorted, a list under a key not
 * indented, `- key: value` items, `[]` for an empty list. An independent writer of claim files.
 */
function pyYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value.map((item) => `${indent}- ${pyYaml(item, `${indent}  `).slice(indent.length + 2)}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .map((key) => {
        const item = (value as Record<string, unknown>)[key];
        if (Array.isArray(item) && item.length > 0) return `${indent}${key}:\n${pyYaml(item, indent)}`;
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) return `${indent}${key}:\n${pyYaml(item, `${indent}  `)}`;
        return `${indent}${key}: ${Array.isArray(item) ? '[]' : pyScalar(item, `${indent}  `)}\n`;
      })
      .join('');
  }
  return `${indent}${pyScalar(value, `${indent}  `)}\n`;
}

function seedTexts(): string[] {
  return readdirSync(SEED_CLAIMS)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readFileSync(join(SEED_CLAIMS, name), 'utf8'));
}

describe('the fast YAML reader on claim corpora', () => {
  it('takes every file of the seed corpus (hand-written) and agrees with the full path', () => {
    expect(tally(seedTexts())).toEqual({ taken: 5, declined: 0, wrong: [] });
  });

  it('takes the configurations of the seed corpus, the test fixtures and the generator (one-line flow mappings included)', () => {
    const fixtures = fileURLToPath(new URL('../../fixtures/config/', import.meta.url));
    const texts = [
      readFileSync(join(SEED_CLAIMS, '..', 'claimcheck.yaml'), 'utf8'),
      readFileSync(join(fixtures, 'corpus', 'claimcheck.yaml'), 'utf8'),
      renderConfigYaml(generateCorpus({ seed: 11, events: 80 }).config, 'a generated corpus'),
    ];
    expect(texts.every((text) => /\{ ?\w+: \w+ ?\}/.test(text))).toBe(true);
    expect(tally(texts)).toEqual({ taken: 3, declined: 0, wrong: [] });
  });

  it('takes every file the generator writes', () => {
    expect(tally(generated)).toEqual({ taken: generated.length, declined: 0, wrong: [] });
  });

  it('takes every file written again by a PyYAML-style writer (sorted keys, unindented lists, folded quotes)', () => {
    const texts = data.map((value) => pyYaml(value));
    expect(texts.some((text) => /\n- /.test(text) && /'[^'\n]*\n/.test(text))).toBe(true);
    expect(tally(texts)).toEqual({ taken: texts.length, declined: 0, wrong: [] });
  });

  const styles: ToStringOptions[] = [
    { lineWidth: 40, indentSeq: false },
    { lineWidth: 20, defaultStringType: 'QUOTE_DOUBLE' },
    { lineWidth: 30, defaultStringType: 'QUOTE_SINGLE', indent: 4 },
    { lineWidth: 60, defaultStringType: 'BLOCK_FOLDED', blockQuote: 'folded' },
    { lineWidth: 80, defaultStringType: 'BLOCK_LITERAL', indentSeq: false },
    { collectionStyle: 'block', flowCollectionPadding: false },
  ];
  for (const style of styles) {
    it(`takes every file written again by yaml's stringify with ${JSON.stringify(style)}`, () => {
      const texts = data.map((value) => stringify(value, style));
      expect(tally(texts)).toEqual({ taken: texts.length, declined: 0, wrong: [] });
    });
  }
});
