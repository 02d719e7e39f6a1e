import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locatePath } from '../../src/parse/locate.js';
import { buildLocationIndex, locateIn, toPointer } from '../../src/parse/location-index.js';
import type { DocPath } from '../../src/validate/rule.js';

const TEXT = [
  'source:', //                           1
  '  outlet: Enab Baladi', //             2
  '  published: 2020-02-13', //           3
  'claims:', //                           4
  '  - id: killed-was-civilian', //       5
  '    about: identity of the man killed', // 6
  '    via: [Al-Monitor, "SANA"]', //     7
  '  - id: second', //                    8
  '    says:', //                         9
  '  -', //                               10
  '  - &shared', //                       11
  '    id: third', //                     12
  '  - *shared', //                       13
  'a/b: slash', //                        14
  '',
].join('\n');

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return { doc, lineCounter };
}

const { doc, lineCounter } = parse(TEXT);
const at = (path: DocPath, part?: 'key' | 'value') => locatePath(doc, lineCounter, path, part);

describe('locatePath', () => {
  it('finds a scalar value, and its key when asked', () => {
    expect(at(['source', 'outlet'])).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 22 });
    expect(at(['source', 'outlet'], 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 9 });
  });

  it('steps into sequences by number, and by a numeric string as JSON Pointers give them', () => {
    expect(at(['claims', 1, 'id'])).toEqual({ line: 8, column: 9, endLine: 8, endColumn: 15 });
    expect(at(['claims', '1', 'id'])).toEqual(at(['claims', 1, 'id']));
    expect(at(['claims', 0, 'via', 1])).toEqual({ line: 7, column: 23, endLine: 7, endColumn: 29 });
  });

  it('places a key with no value on the key', () => {
    expect(at(['claims', 1, 'says'])).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 9 });
  });

  it('places an empty sequence item where its value is missing', () => {
    expect(at(['claims', 2])).toEqual({ line: 10, column: 4, endLine: 10, endColumn: 5 });
  });

  it('places a missing field on the key of the mapping that lacks it', () => {
    expect(at(['source', 'title'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 7 });
  });

  it('places a missing field of a sequence item on the item\'s first line, not the whole item', () => {
    expect(at(['claims', 0, 'says'])).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 28 });
    expect(at(['claims', 0], 'key')).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 28 });
  });

  it('ends a multi-line mapping on its last line, not at the start of the next', () => {
    expect(at(['source'])).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 24 });
  });

  it('stops at an alias rather than pointing into the anchor elsewhere', () => {
    expect(at(['claims', 4, 'id'])).toEqual({ line: 13, column: 5, endLine: 13, endColumn: 12 });
  });

  it('matches keys that contain a slash', () => {
    expect(at(['a/b'])).toEqual({ line: 14, column: 6, endLine: 14, endColumn: 11 });
  });

  it('falls back to the start of the file for an empty document', () => {
    const empty = parse('# nothing\n');
    expect(locatePath(empty.doc, empty.lineCounter, ['source'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('with duplicate keys, points at the entry plain data keeps (the last)', () => {
    const dup = parse('a: 1\na: 2\n');
    expect(locatePath(dup.doc, dup.lineCounter, ['a']).line).toBe(2);
  });
});

describe('location index', () => {
  const index = buildLocationIndex(doc, lineCounter);

  it('escapes pointers as JSON Pointer does', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
  });

  it('answers exactly as locatePath does, for present and absent paths, values and keys', () => {
    const paths: DocPath[] = [
      [], ['source'], ['source', 'outlet'], ['source', 'title'], ['claims'], ['claims', 0], ['claims', 0, 'via', 1],
      ['claims', 0, 'via', 5], ['claims', 1, 'says'], ['claims', 1, 'says', 'deeper'], ['claims', 2], ['claims', 3, 'id'],
      ['claims', 4, 'id'], ['claims', 9], ['a/b'], ['nothing', 'at', 'all'], ['source', 'outlet', 'x'],
    ];
    for (const path of paths) {
      for (const part of ['key', 'value'] as const) expect(locateIn(index, path, part), `${toPointer(path)} ${part}`).toEqual(at(path, part));
    }
  });

  it('survives a round trip through JSON (it crosses thread boundaries as plain data)', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});
