import { describe, expect, it } from 'vitest';
import { YAML_LIMITS } from '../../../src/parse/parse-yaml.js';
import { readFastYaml } from '../../../src/parse/fast/fast-yaml.js';
import { verdict } from './differential.js';

/** Reads a text on the fast path, checking it agrees with the full path; fails if it declines. */
function read(text: string): unknown {
  expect(verdict(text), JSON.stringify(text)).toEqual({ kind: 'same' });
  return readFastYaml(text)!.value;
}

describe('the fast YAML reader: what it reads', () => {
  it('reads block mappings and sequences, compact `- key: value` items, and sequences not indented under their key', () => {
    expect(read('source:\n  outlet: SANA\nclaims:\n  - id: a\n    says: 2\n  - id: b\n')).toEqual({ source: { outlet: 'SANA' }, claims: [{ id: 'a', says: 2 }, { id: 'b' }] });
    expect(read('claims:\n- id: a\n  via:\n  - AFP\nevents: []\n')).toEqual({ claims: [{ id: 'a', via: ['AFP'] }], events: [] });
    expect(read('a:\n    - - x\n      - y\n    -\n      b: 1\n')).toEqual({ a: [['x', 'y'], { b: 1 }] });
    expect(read('  a: 1\n  b:\n   c: 2\n')).toEqual({ a: 1, b: { c: 2 } });
  });

  it('skips comments, blank lines, a byte order mark, CRLF line ends and a leading ---', () => {
    expect(read('\uFEFF# head\n---\n\na: 1 # trailing\n  # indented comment\nb: x#not-a-comment\n')).toEqual({ a: 1, b: 'x#not-a-comment' });
    expect(read('--- # start\r\na: "x\r\n  y"\r\nb: |\r\n  l1\r\n  l2\r\n')).toEqual({ a: 'x y', b: 'l1\nl2\n' });
  });

  it('resolves plain scalars with the YAML 1.2 core schema; dates and yes/no stay text', () => {
    const value = read(
      'a: ~\nb: null\nc: NULL\nd:\ne: true\nf: False\ng: 12\nh: -0\ni: 0o17\nj: 0x1F\nk: 1.5\nl: 1e3\nm: .inf\nn: -.Inf\no: .NaN\n' +
        'p: 2020-01-20\nq: yes\nr: 012\ns: 1_000\nt: +12\n',
    ) as Record<string, unknown>;
    expect(value).toEqual({ a: null, b: null, c: null, d: null, e: true, f: false, g: 12, h: -0, i: 15, j: 31, k: 1.5, l: 1000, m: Infinity, n: -Infinity, o: NaN, p: '2020-01-20', q: 'yes', r: 12, s: '1_000', t: 12 });
    expect(Object.is(value.h, -0)).toBe(true);
  });

  it('folds multi-line plain scalars: a line break is a space, an empty line a line feed', () => {
    expect(read('quote: the patrol\n  turned back\n\n  at dawn\nnext: 1\n')).toEqual({ quote: 'the patrol turned back\nat dawn', next: 1 });
    expect(read('- one\n  - two\n')).toEqual(['one - two']);
  });

  it('decodes double-quoted scalars: every escape, folding, escaped line breaks', () => {
    expect(read('a: "\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\"\\/\\\\\\N\\_\\L\\P"\n')).toEqual({ a: '\0\x07\b\t\t\n\v\f\r\x1b "/\\\u0085\u00a0\u2028\u2029' });
    expect(read('a: "\\x41\\u00e9\\U0001F600 \\ud83d\\ude00"\n')).toEqual({ a: 'Aé😀 😀' });
    expect(read('a: "one  \n  two\n\n  three \\\n    four"\n')).toEqual({ a: 'one two\nthree four' });
    expect(read('a: "kept\\ \n  b"\n')).toEqual({ a: 'kept  b' });
  });

  it('decodes single-quoted scalars: a doubled quote is a quote, line breaks fold', () => {
    expect(read("a: 'it''s'\nb: 'one  \n   two\n\n\n   three '\n")).toEqual({ a: "it's", b: 'one two\n\nthree ' });
  });

  it('reads literal and folded block scalars with each chomping', () => {
    expect(read('a: |\n  one\n   two\n\n  three\n\nb: |-\n  x\n\nc: |+\n  x\n\n')).toEqual({ a: 'one\n two\n\nthree\n', b: 'x', c: 'x\n\n' });
    expect(read('a: >\n  one\n  two\n\n  three\nb: >- # comment\n  x\n  y\n')).toEqual({ a: 'one two\nthree\n', b: 'x y' });
    expect(read('- |\n  x\n  # kept\n- y\n')).toEqual(['x\n# kept\n', 'y']);
    expect(read('a: |\n  no final break')).toEqual({ a: 'no final break\n' });
  });

  it('reads one-line flow sequences of scalars, and {} for an empty mapping', () => {
    expect(read('a: [US forces, "b, c", \'d\', 1, -2, true, ~]\nb: [ ]\nc: {}\nd: { }\n')).toEqual({ a: ['US forces', 'b, c', 'd', 1, -2, true, null], b: [], c: {}, d: {} });
  });

  it('reads one-line flow mappings of scalars, as configurations write them', () => {
    expect(read('topics:\n  actors present: { multi: true }\n  b: {x: 1, "y z": \'w\', v: a:b} # note\n')).toEqual({
      topics: { 'actors present': { multi: true }, b: { x: 1, 'y z': 'w', v: 'a:b' } },
    });
    expect(read('- {a : b , c: "d, e}"}\n- {\'k\': -1}\n')).toEqual([{ a: 'b', c: 'd, e}' }, { k: -1 }]);
  });

  it('reads quoted keys and keys that look like other things in quotes', () => {
    expect(read('"1": a\n\'true\': b\n"a: b" : c\nplain key: d\n')).toEqual({ '1': 'a', true: 'b', 'a: b': 'c', 'plain key': 'd' });
  });

  it('reads empty values as null, also before a less indented line or a comment', () => {
    expect(read('a:\nb: # nothing\nc:\n  # still nothing\nd:\n-\n- x\n')).toEqual({ a: null, b: null, c: null, d: [null, 'x'] });
  });
});

describe('the fast YAML reader: what it leaves to the full parser', () => {
  const declined: Record<string, string> = {
    'an empty file': '',
    'only comments': '# nothing\n',
    'a scalar document': 'just text\n',
    'a flow mapping in a flow mapping': 'a: {b: {c: 1}}\n',
    'a flow sequence in a flow mapping': 'a: {b: [1]}\n',
    'a multi-line flow mapping': 'a: {b: 1,\n  c: 2}\n',
    'a flow mapping key without a value': 'a: {b}\n',
    'a flow mapping value left empty': 'a: {b: , c: 1}\n',
    'a flow mapping key ending in a colon without a space': 'a: {b:1}\n',
    'a flow mapping with a trailing comma': 'a: {b: 1,}\n',
    'a duplicate key in a flow mapping': 'a: {b: 1, b: 2}\n',
    'a flow mapping key that reads as a number': 'a: {1: b}\n',
    'a comment inside a flow mapping': 'a: {b: 1 #c\n}\n',
    'text after a flow mapping': 'a: {b: 1} c\n',
    'an explicit key in a flow mapping': 'a: {? b: 1}\n',
    'a nested flow sequence': 'a: [[1]]\n',
    'a multi-line flow sequence': 'a: [1,\n  2]\n',
    'a trailing comma': 'a: [1, 2,]\n',
    'an anchor and an alias': 'a: &x 1\nb: *x\n',
    'a tag': 'a: !!str 1\n',
    'a directive': '%YAML 1.2\n---\na: 1\n',
    'a second document': 'a: 1\n---\nb: 2\n',
    'a document end marker': 'a: 1\n...\n',
    'a complex key': '? a\n: 1\n',
    'a duplicate key': 'a: 1\na: 2\n',
    'a key that reads as a number': '1: a\n',
    'a key that reads as null': '~: a\n',
    'an empty key': ': a\n',
    'a __proto__ key': '__proto__: 1\n',
    'a tab as indentation': 'a:\n\tb: 1\n',
    'a tab after a value': 'a: 1\t\n',
    'a mapping in a plain value': 'a: b: c\n',
    'a comment inside a multi-line plain scalar': 'a: b\n  # c\n  d\n',
    // The full parser misreads this one (as a multi-line key, or a scalar running on into the next item).
    'a plain scalar below its key or dash after a comment': 'a:\n#c\n  b\nd: 1\n',
    'a comment not set off by a space': 'a: "b"#c\n',
    'an explicit block indentation': 'a: |2\n  x\n',
    'a more-indented line in a folded scalar': 'a: >\n  x\n    y\n',
    'a block scalar with no text': 'a: |\nb: 1\n',
    'a bad indentation': 'a:\n  b: 1\n c: 2\n',
    'an unknown escape': 'a: "\\q"\n',
    'an unclosed quote': 'a: "x\n',
    'a lone carriage return': 'a: 1\rb: 2\n',
    'a control character': 'a: x\u0001\n',
    'a key over 1000 characters': `${'k'.repeat(1001)}: v\n`,
  };
  for (const [what, text] of Object.entries(declined)) {
    it(`declines ${what}`, () => {
      expect(readFastYaml(text)).toBeUndefined();
    });
  }

  it(`declines nesting deeper than ${YAML_LIMITS.maxDepth} collections, and reads it up to that depth`, () => {
    const nested = (depth: number) => `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n')} 1\n`;
    expect(read(nested(YAML_LIMITS.maxDepth))).toBeDefined();
    expect(readFastYaml(nested(YAML_LIMITS.maxDepth + 1))).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    for (const text of ['"', "'", '[', '|', '- - -', ':', '\\', '"\\', 'a: "\\x4', 'a: "\\U0011ffff"\n']) expect(() => readFastYaml(text)).not.toThrow();
  });
});
