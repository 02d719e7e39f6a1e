import { describe, expect, it } from 'vitest';
import { stylish } from '../../../src/render/lint/stylish.js';
import { displayWidth } from '../../../src/render/lint/display-width.js';
import { diag, HOSTILE_MESSAGES, MIXED, options } from './sample-results.js';

// Escape sequences that colour or style text (SGR); anything else starting with ESC would be a leak.
const SGR = /\u001b\[[0-9;]*m/g;
const strip = (text: string) => text.replace(SGR, '');

describe('stylish', () => {
  it('groups diagnostics under their file, in aligned columns, then a summary', () => {
    expect(stylish(MIXED, options())).toBe(
      [
        'data/a.yaml',
        '  3:5    error    claims[0] is missing required field "about"  schema/required',
        '  12:11  warning  claim "x" has no quote                       quote/missing',
        '',
        'data/b.yaml',
        '  7:3  error  event "clash" is not defined in this file  ref/unknown-event',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('says how many files were checked when there is nothing to report', () => {
    expect(stylish({ files: ['a.yaml', 'b.yaml'], diagnostics: [] }, options())).toBe('✔ 2 files checked, no problems\n');
    expect(stylish({ files: ['a.yaml'], diagnostics: [] }, options())).toBe('✔ 1 file checked, no problems\n');
  });

  it('uses singular nouns for counts of one', () => {
    const result = { files: ['a.yaml'], diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1 })] };
    expect(stylish(result, options())).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it('sorts diagnostics it is given out of order', () => {
    const shuffled = { ...MIXED, diagnostics: [...MIXED.diagnostics].reverse() };
    expect(stylish(shuffled, options())).toBe(stylish(MIXED, options()));
  });

  it('prints no escape codes without colour, and only styling codes with it', () => {
    const plain = stylish(MIXED, options({ colour: false }));
    const coloured = stylish(MIXED, options({ colour: true }));
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[31m'); // red: errors
    expect(coloured).toContain('\u001b[33m'); // yellow: warnings
    expect(coloured).toContain('\u001b[2m'); // dim: rule ids and positions
    expect(coloured).toContain('\u001b[4m'); // underline: file names
    expect(strip(coloured)).toBe(plain);
  });

  it('colours the summary yellow when there are only warnings, green when clean', () => {
    const warningsOnly = { files: ['a.yaml'], diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1, severity: 'warning' })] };
    expect(stylish(warningsOnly, options({ colour: true }))).toMatch(/\u001b\[33m\u001b\[1m✖ 1 problem \(0 errors, 1 warning\)/);
    expect(stylish({ files: ['a.yaml'], diagnostics: [] }, options({ colour: true }))).toBe('\u001b[32m✔ 1 file checked, no problems\u001b[39m\n');
  });

  it('keeps control characters, escapes and line breaks in untrusted text off the terminal', () => {
    const diagnostics = HOSTILE_MESSAGES.map((message, i) => diag({ file: 'evil\u001b[2J.yaml', line: i + 1, column: 1, message }));
    const output = stylish({ files: ['evil\u001b[2J.yaml'], diagnostics }, options({ colour: true }));
    expect(strip(output)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // One line per diagnostic, plus the file name, the blank line and the summary.
    expect(output.trimEnd().split('\n')).toHaveLength(HOSTILE_MESSAGES.length + 3);
    expect(output).toContain('evil\\x1b[2J.yaml');
  });

  it('aligns rule ids after messages that contain wide characters', () => {
    const result = {
      files: ['a.yaml'],
      diagnostics: [
        diag({ file: 'a.yaml', line: 1, column: 1, message: '中文消息', rule: 'r/one' }),
        diag({ file: 'a.yaml', line: 2, column: 1, message: 'ascii message', rule: 'r/two' }),
      ],
    };
    const rows = stylish(result, options()).split('\n').slice(1, 3);
    const ruleColumn = rows.map((row) => displayWidth(row.slice(0, row.indexOf('r/'))));
    expect(ruleColumn[0]).toBe(ruleColumn[1]);
  });

  it('gives the same bytes for the same input', () => {
    expect(stylish(MIXED, options({ colour: true }))).toBe(stylish(structuredClone(MIXED), options({ colour: true })));
  });
});
