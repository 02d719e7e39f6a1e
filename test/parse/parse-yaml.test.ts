import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml, YAML_LIMITS } from '../../src/parse/parse-yaml.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const FILE = 'claims/x.yaml';

/** The diagnostics of a text, reduced to what a reader checks: rule, severity and where. */
function where(diagnostics: Diagnostic[]) {
  return diagnostics.map(({ rule, severity, line, column, endLine, endColumn }) => ({ rule, severity, line, column, endLine, endColumn }));
}

describe('parseYaml', () => {
  it('builds plain data with YAML 1.2 core types: dates and yes/no stay text, numbers and booleans are typed', () => {
    const parsed = parseYaml('published: 2020-02-13\nyear: 2020\nsays: yes\nflag: true\nn: 2\n', FILE);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ published: '2020-02-13', year: 2020, says: 'yes', flag: true, n: 2 });
  });

  it('keeps YAML 1.2 core types even when the file declares %YAML 1.1', () => {
    const parsed = parseYaml('%YAML 1.1\n---\npublished: 2020-02-13\nsays: yes\n', FILE);
    expect(parsed.value).toEqual({ published: '2020-02-13', says: 'yes' });
  });

  it('accepts CRLF line ends and places diagnostics on the right line', () => {
    const parsed = parseYaml('a: 1\r\nb: 2\r\na: 3\r\n', FILE);
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/DUPLICATE_KEY', severity: 'error', line: 3, column: 1, endLine: 3, endColumn: 2 }]);
  });

  it('accepts a byte order mark', () => {
    const parsed = parseYaml('\uFEFFa: 1\n', FILE);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ a: 1 });
  });

  it('reports a duplicate key on the repeat, naming the key and the line that first set it', () => {
    const parsed = parseYaml('claims:\n  - id: a\n    about: x\n    about: y\n', FILE);
    expect(parsed.value).toBeUndefined();
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/DUPLICATE_KEY', severity: 'error', line: 4, column: 5, endLine: 4, endColumn: 10 }]);
    expect(parsed.diagnostics[0].message).toContain('"about"');
    expect(parsed.diagnostics[0].message).toContain('line 3');
    expect(parsed.diagnostics[0].file).toBe(FILE);
  });

  it('counts a number key and the same text quoted as one key, since plain data cannot hold both', () => {
    const parsed = parseYaml('aliases:\n  2020: [a]\n  "2020": [b]\n', FILE);
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:3 yaml/DUPLICATE_KEY']);
  });

  it('refuses a second document, placed on its "---" line', () => {
    const parsed = parseYaml('a: 1\n---\nb: 2\n', FILE);
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/MULTIPLE_DOCS', severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 2 }]);
    expect(parsed.diagnostics[0].message).toMatch(/one document/);
  });

  it('explains a colon inside an unquoted value and shows how to quote it', () => {
    const parsed = parseYaml('quote: he said: no\n', FILE);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'yaml/BLOCK_AS_IMPLICIT_KEY', line: 1, column: 8 });
    expect(parsed.diagnostics[0].message).toContain('quote: "he said: no"');
  });

  it('explains text after a closing quote', () => {
    const parsed = parseYaml('says: "civilian" fighter\n', FILE);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'yaml/UNEXPECTED_TOKEN', line: 1, column: 18, endColumn: 25 });
    expect(parsed.diagnostics[0].message).toContain('"fighter"');
  });

  it('explains a tab used for indentation', () => {
    const parsed = parseYaml('source:\n\toutlet: x\n', FILE);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'yaml/TAB_AS_INDENT', line: 2, column: 1 });
    expect(parsed.diagnostics[0].message).toMatch(/spaces/);
  });

  it('reports an unclosed quote', () => {
    const parsed = parseYaml('quote: "abc\nnext: 1\n', FILE);
    expect(parsed.diagnostics.map((d) => d.rule)).toContain('yaml/MISSING_CHAR');
    expect(parsed.value).toBeUndefined();
  });

  it('suggests quoting a value that starts with a reserved character', () => {
    const parsed = parseYaml('by: @sana\n', FILE);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'yaml/BAD_SCALAR_START', line: 1, column: 5 });
    expect(parsed.diagnostics[0].message).toContain('"@sana"');
  });

  it('turns an unknown tag into a warning and still builds the data', () => {
    const parsed = parseYaml('a: !foo 1\n', FILE);
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/TAG_RESOLVE_FAILED', severity: 'warning', line: 1, column: 4, endLine: 1, endColumn: 8 }]);
    expect(parsed.value).toEqual({ a: '1' });
  });

  it('gives null for a document with only comments (the schema says what is missing)', () => {
    const parsed = parseYaml('# nothing here\n', FILE);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toBeNull();
  });

  it('expands ordinary aliases', () => {
    const parsed = parseYaml('a: &x [1, 2]\nb: *x\n', FILE);
    expect(parsed.value).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const parsed = parseYaml(`${lines.join('\n')}\n`, FILE);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'yaml/RESOURCE_EXHAUSTION', severity: 'error', line: 2 });
    expect(parsed.diagnostics[0].message).toContain(String(YAML_LIMITS.maxAliasCount));
  });

  it('refuses an alias to a missing anchor, on the alias', () => {
    const parsed = parseYaml('a: 1\nb: *nowhere\n', FILE);
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/BAD_ALIAS', severity: 'error', line: 2, column: 4, endLine: 2, endColumn: 12 }]);
  });

  it('refuses an alias inside the value it refers to (which would make endless data)', () => {
    const parsed = parseYaml('a: &loop\n  - *loop\n', FILE);
    expect(parsed.value).toBeUndefined();
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/BAD_ALIAS', severity: 'error', line: 2, column: 5, endLine: 2, endColumn: 10 }]);
  });

  it('refuses nesting past the limit before composing, at the first level too deep', () => {
    const depth = YAML_LIMITS.maxDepth + 1;
    const parsed = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, FILE);
    expect(parsed.doc).toBeUndefined();
    // The root mapping is level 1, so the flow sequence opened at column 3 + n is level n + 1.
    expect(where(parsed.diagnostics)).toEqual([
      { rule: 'yaml/too-deep', severity: 'error', line: 1, column: 4 + depth - 2, endLine: 1, endColumn: 5 + depth - 2 },
    ]);
  });

  it('accepts nesting exactly at the limit', () => {
    const depth = YAML_LIMITS.maxDepth - 1;
    const parsed = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, FILE);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('survives hostile nesting that would otherwise exhaust the stack, quickly', () => {
    const deepFlow = `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const deepBlock = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    const unclosed = `a: ${'{a: '.repeat(20_000)}`;
    for (const text of [deepFlow, deepBlock, unclosed]) {
      const started = Date.now();
      const parsed = parseYaml(text, FILE);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(parsed.value).toBeUndefined();
      expect(parsed.diagnostics.some((d) => d.rule === 'yaml/too-deep' && d.line >= 1 && d.column >= 1)).toBe(true);
    }
  });

  it('checks keys for duplicates in linear time, so a large mapping does not stall lint', () => {
    const keys = 30_000;
    const text = Array.from({ length: keys }, (_, i) => `key-${i}: ${i}`).join('\n');
    const started = Date.now();
    const parsed = parseYaml(`${text}\nkey-7: again\n`, FILE);
    // The parser's own check compares every key with every earlier one: about 20 s here.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(where(parsed.diagnostics)).toEqual([{ rule: 'yaml/DUPLICATE_KEY', severity: 'error', line: keys + 1, column: 1, endLine: keys + 1, endColumn: 6 }]);
    expect(parsed.diagnostics[0].message).toContain('line 8');
  });

  it('never throws, whatever the input', () => {
    const samples = ['', '\u0000', ':', '- - -', '{', '"', "'", '&a *a', '? ? ?', '%YAML 2.0\n---\n', '\t- x', '---\n...\n---\n', '*', '!<tag:x> [', 'a: |\n b\n  c'];
    for (const text of samples) expect(() => parseYaml(text, FILE)).not.toThrow();
  });

  it('never throws on generated YAML-like input, and places every diagnostic inside the text', () => {
    const piece = fc.constantFrom('a', 'b: ', '- ', ': ', '\n', '  ', '\t', '[', ']', '{', '}', ',', '"', "'", '&x ', '*x', '!t ', '? ', '#', '---\n', '|', '>', '%YAML 1.2\n', '\r\n', 'é', '\u0000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const parsed = parseYaml(text, FILE);
        const lines = text.split('\n').length;
        for (const d of parsed.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
          expect(d.rule).toMatch(/^yaml\//);
        }
        if (parsed.diagnostics.some((d) => d.severity === 'error')) expect(parsed.value).toBeUndefined();
      }),
      { numRuns: 2000, seed: 20200213 },
    );
  });
});
