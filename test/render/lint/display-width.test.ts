import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd } from '../../../src/render/lint/display-width.js';

describe('displayWidth', () => {
  it('counts one column per ordinary character, two per wide one, none per combining mark', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🙂')).toBe(2);
    expect(displayWidth('Dêrik')).toBe(5);
  });

  it('pads to a width in columns, never truncating', () => {
    expect(padEnd('中', 4)).toBe('中  ');
    expect(padEnd('long', 2)).toBe('long');
  });
});
