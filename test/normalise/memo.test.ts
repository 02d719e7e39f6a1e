import { describe, expect, it } from 'vitest';
import { memoise } from '../../src/normalise/memo.js';

describe('memoise', () => {
  it('works a string out once, and again only after the memo has started over at its limit', () => {
    const computed: string[] = [];
    const upper = memoise((text) => {
      computed.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(computed).toEqual(['a', 'b']);
    upper('c');
    expect(upper('a')).toBe('A');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers false and empty answers too', () => {
    let calls = 0;
    const never = memoise(() => (calls++, false));
    never('x');
    never('x');
    expect(calls).toBe(1);
  });
});
