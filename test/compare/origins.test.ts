import { describe, expect, test } from 'vitest';
import { countOrigins, createOriginResolver } from '../../src/compare/origins.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';

const originOf = createOriginResolver(
  createNormaliser({ aliases: { SOHR: ['Syrian Observatory for Human Rights', 'the UK-based monitor group'] } }),
);

describe('origins', () => {
  test('an origin is its `by`, else the outlet', () => {
    expect(originOf('SANA', 'Enab Baladi').key).toBe(originOf(undefined, 'SANA').key);
    expect(originOf(undefined, 'Rudaw').name).toBe('Rudaw');
  });

  test('aliases, case, articles and honorifics do not make a new origin', () => {
    const keys = ['SOHR', 'the Syrian Observatory for Human Rights', 'the UK-based monitor group', 'sohr'].map((by) => originOf(by, 'x').key);
    expect(new Set(keys).size).toBe(1);
    expect(originOf('the UK-based monitor group', 'x').name).toBe('SOHR');
    expect(originOf('Col. Myles Caggins', 'x').key).toBe(originOf('Myles Caggins', 'y').key);
  });

  test('a spokesman speaks for the organisation named in parentheses', () => {
    const caggins = originOf('Col. Myles Caggins (Global Coalition)', 'Diyaruna');
    expect(caggins.key).toBe(originOf('Global Coalition', 'Enab Baladi').key);
    expect(caggins.name).toBe('Global Coalition');
  });

  test('reprints of one statement are one origin', () => {
    const reprints = Array.from({ length: 10 }, (_, i) => originOf('Syrian Observatory for Human Rights', `Outlet ${i}`).key);
    expect(countOrigins(reprints)).toBe(1);
    expect(countOrigins([...reprints, originOf('SANA', 'x').key])).toBe(2);
  });

  test('a misspelt name is still the same origin; a different one is not', () => {
    expect(countOrigins(['north press agency', 'north press agncy'])).toBe(1);
    expect(countOrigins(['north press agency', 'anha'])).toBe(2);
    expect(countOrigins(['us officials', 'uk officials'])).toBe(2);
  });
});
