import { describe, expect, it } from 'vitest';
import { json } from '../../../src/render/lint/json.js';
import { diag, HOSTILE_MESSAGES, MIXED, options } from './sample-results.js';

describe('json', () => {
  it('writes the contract shape: schemaVersion, summary counts and every diagnostic', () => {
    const parsed = JSON.parse(json(MIXED, options()));
    expect(parsed).toEqual({
      schemaVersion: 1,
      summary: { files: 3, errors: 2, warnings: 1 },
      diagnostics: MIXED.diagnostics.map((d) => ({ ...d })),
    });
  });

  it('orders keys as the contract does, with a 2-space indent and a final newline', () => {
    const text = json(MIXED, options());
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "summary": {\n    "files": 3,\n    "errors": 2,\n    "warnings": 1\n  },')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).diagnostics[0])).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message',
    ]);
  });

  it('leaves out fields a diagnostic carries beyond the contract', () => {
    const extra = { ...diag({ file: 'a.yaml', line: 1, column: 1 }), internal: 'x' };
    expect(JSON.parse(json({ files: ['a.yaml'], diagnostics: [extra] }, options())).diagnostics[0]).not.toHaveProperty('internal');
  });

  it('writes an empty list for a clean corpus', () => {
    expect(JSON.parse(json({ files: ['a.yaml'], diagnostics: [] }, options()))).toEqual({
      schemaVersion: 1,
      summary: { files: 1, errors: 0, warnings: 0 },
      diagnostics: [],
    });
  });

  it('keeps hostile text exactly, as JSON strings', () => {
    const diagnostics = HOSTILE_MESSAGES.map((message, i) => diag({ file: 'x.yaml', line: i + 1, column: 1, message }));
    const parsed = JSON.parse(json({ files: ['x.yaml'], diagnostics }, options()));
    expect(parsed.diagnostics.map((d: { message: string }) => d.message)).toEqual(HOSTILE_MESSAGES);
  });

  it('sorts diagnostics and gives the same bytes for the same input', () => {
    const shuffled = { ...MIXED, diagnostics: [...MIXED.diagnostics].reverse() };
    expect(json(shuffled, options())).toBe(json(MIXED, options()));
  });

  it('never colours, whatever the colour option says', () => {
    expect(json(MIXED, options({ colour: true }))).toBe(json(MIXED, options({ colour: false })));
  });
});
