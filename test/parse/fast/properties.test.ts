import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { generateCorpus } from '../../../src/eval/generate.js';
import { renderClaimFileYaml, yamlScalar } from '../../../src/eval/yaml-writer.js';
import { readFastYaml } from '../../../src/parse/fast/fast-yaml.js';
import { verdict, type Verdict } from './differential.js';
import { writeLayout, type Tree } from './layout-writer.js';

// Characters that mean something to YAML somewhere, and a few that need escaping or are not ASCII.
const SPECIAL = [...':-#\'"[]{},&*!|>%@`?~.\\ \t\n'];
const char = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcxyz ABC019') },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.constantFrom('é', '’', '“', '\u00a0', '\u2028', '\u0085', '😀', '\r', '\u0007', '\ufeff') },
);
const text = fc.oneof(
  fc.string({ unit: char, maxLength: 30 }),
  fc.string({ unit: char, maxLength: 160 }),
  fc.constantFrom('true', 'null', '~', '1', '-0', '0o7', '0x1F', '.inf', '.nan', '1e3', '1.50', '2020-01-20', 'yes', '', ' ', '- a', 'a: b', '#x', '---'),
);
const key = fc.oneof(fc.constantFrom('source', 'events', 'claims', 'id', 'about', 'says', 'by', 'via', 'quote'), text);
const scalar = fc.oneof(text, text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 5 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));
/** A claim-like document: a mapping at the top, anything below. */
const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
const options: fc.Arbitrary<ToStringOptions> = fc.record({
  lineWidth: fc.integer({ min: 20, max: 120 }),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.integer({ min: 1, max: 4 }),
});

/** Runs a property over texts; every verdict must be right. Returns how many texts the fast path took. */
function checkTexts(texts: fc.Arbitrary<string>, seed: number, numRuns: number): { taken: number; runs: number } {
  let taken = 0;
  fc.assert(
    fc.property(texts, (yaml) => {
      const found: Verdict = verdict(yaml);
      if (found.kind === 'wrong') throw new Error(`${found.why} in ${JSON.stringify(yaml)}`);
      if (found.kind === 'same') taken += 1;
    }),
    { seed, numRuns },
  );
  return { taken, runs: numRuns };
}

/** One text cut into lines and changed: a line dropped or repeated, re-indented, characters put in or taken out. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom(...SPECIAL, '0', 'x'), minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(yaml: string, change: Mutation): string {
  const lines = yaml.split('\n');
  const line = change.at % lines.length;
  const at = change.at % (yaml.length + 1);
  switch (change.kind) {
    case 'insert':
      return yaml.slice(0, at) + change.text + yaml.slice(at);
    case 'delete':
      return yaml.slice(0, at) + yaml.slice(at + change.length);
    case 'drop-line':
      return lines.filter((_, i) => i !== line).join('\n');
    case 'repeat-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'indent':
      lines[line] = change.by >= 0 ? ' '.repeat(change.by) + lines[line] : lines[line].replace(/^ +/, (spaces) => spaces.slice(-change.by));
      return lines.join('\n');
  }
}

const claimFiles = generateCorpus({ seed: 5, events: 40 }).files.map((file) => renderClaimFileYaml(file));

describe('the fast YAML reader against the full path, on generated texts', () => {
  it("agrees on whatever yaml's stringify writes, with any line width, string style, indentation and collection style", () => {
    const { taken, runs } = checkTexts(fc.tuple(document, options).map(([doc, style]) => stringify(doc, style)), 20_251_121, 2500);
    // Flow-style documents and hostile characters are declined; a fair share must still be read.
    expect(taken).toBeGreaterThan(runs * 0.2);
  });

  it('agrees on documents laid out every legal way: values below keys, lists beside them, comments and blank lines anywhere, CRLF, BOM, ---', () => {
    const words = fc.constantFrom('patrol', 'US forces', 'id', 'x-1', 'said: no', '#tag', "it's", '"quoted"', 'a, b', '[x]', 'yes', 'true', '1', '2020-01-20', '’', 'a\tb', '', ' ', '- dash', '?q', 'a #b');
    const phrase = fc.array(words, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));
    const name = fc.oneof(fc.constantFrom('source', 'claims', 'events', 'id', 'says', 'via'), phrase);
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, phrase, phrase, fc.integer({ min: -5, max: 3000 }), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('tree'), { maxLength: 4 }),
      map: fc.dictionary(name, tie('tree'), { maxKeys: 5 }),
    }));
    const laidOut = fc
      .tuple(fc.dictionary(name, tree, { minKeys: 1, maxKeys: 5 }), fc.integer(), fc.boolean(), fc.boolean(), fc.boolean())
      .map(([doc, seed, bom, start, crlf]) => {
        const text = `${bom ? '\uFEFF' : ''}${start ? '--- # a document\n' : ''}${writeLayout(doc as Tree, seed)}`;
        return crlf ? text.replace(/\n/g, '\r\n') : text;
      });
    const { taken, runs } = checkTexts(laidOut, 2024, 3000);
    expect(taken).toBeGreaterThan(runs * 0.9);
  });

  it('takes every value our own yamlScalar writes, in block and in flow position', () => {
    const answer = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
    const written = fc.tuple(answer, fc.array(text, { minLength: 1, maxLength: 4 })).map(
      ([says, via]) => `says: ${yamlScalar(says)}\nvia: [${via.map((item) => yamlScalar(item, true)).join(', ')}]\n`,
    );
    const { taken, runs } = checkTexts(written, 7, 1500);
    expect(taken).toBe(runs);
  });

  it('agrees on claim files and stringified documents with lines dropped, repeated, re-indented and characters put in', () => {
    const base = fc.oneof(fc.constantFrom(...claimFiles), fc.tuple(document, options).map(([doc, style]) => stringify(doc, { ...style, collectionStyle: 'block' })));
    const mutated = fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([yaml, changes]) => changes.reduce(mutate, yaml));
    const { taken, runs } = checkTexts(mutated, 42, 3000);
    expect(taken).toBeGreaterThan(runs * 0.2);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 200 }), (yaml) => {
        readFastYaml(yaml);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});
