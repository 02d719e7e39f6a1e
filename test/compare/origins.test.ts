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

  test('aliases of the whole `by` come before its parenthesis', () => {
    const resolve = createOriginResolver(createNormaliser({ aliases: { 'Delil Hasso': ['activist Delil Hasso', 'Delil Hasso (local activist)'] } }));
    expect(resolve('Delil Hasso (local activist)', 'Al-Monitor')).toEqual(resolve('Delil Hasso', 'Reuters'));
    expect(resolve('Delil Hasso (local activist)', 'Al-Monitor').name).toBe('Delil Hasso');
  });

  test('a parenthesis that only describes the speaker is not the origin', () => {
    const resolve = createOriginResolver(createNormaliser({ aliases: {} }), ['Rudaw', 'SANA']);
    expect(resolve('Delil Hasso (local activist)', 'x').name).toBe('Delil Hasso');
    expect(resolve('Delil Hasso (local activist)', 'x').key).not.toBe(resolve('Ahmad Sheikho (local activist)', 'x').key);
    expect(resolve('James Jeffrey (US envoy for Syria)', 'x').name).toBe('James Jeffrey');
  });

  test('a parenthesis is the origin when it names an organisation', () => {
    const resolve = createOriginResolver(createNormaliser({ aliases: { RT: ['Russia Today'] } }), ['Rudaw', 'Kurdistan 24']);
    // Declared in the configuration.
    expect(resolve('Mohammad Hassan (RT)', 'Enab Baladi').name).toBe('RT');
    // An outlet or `by` of the corpus on its own.
    expect(resolve('Karwan Aziz (Kurdistan 24)', 'Rudaw').key).toBe(resolve(undefined, 'Kurdistan 24').key);
    // Written as an organisation's name.
    expect(resolve('Mazen Zaki (Ibn al-Waleed Studies and Field Research Centre)', 'x').name).toBe('Ibn al-Waleed Studies and Field Research Centre');
  });

  test('one origin is shown under one name, the first it was resolved with', () => {
    const resolve = createOriginResolver(createNormaliser({ aliases: {} }));
    expect(resolve('Col. Myles Caggins', 'x').name).toBe('Col. Myles Caggins');
    expect(resolve('Myles Caggins', 'y').name).toBe('Col. Myles Caggins');
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

  test('names told apart by a letter or a number stay apart', () => {
    const resolve = createOriginResolver(createNormaliser({ aliases: {} }), ['Witness A', 'Witness B']);
    expect(resolve('Witness A', 'x').key).not.toBe(resolve('Witness B', 'x').key);
    expect(countOrigins(['outlet a', 'outlet b'])).toBe(2);
    expect(countOrigins(['source 1', 'source 2'])).toBe(2);
  });

  test('a descriptor, a possessive title or an acronym in parentheses does not make a new origin', () => {
    const written = ['the Britain-based SOHR', "SOHR's director Rami Abdulrahman", 'The Syrian Observatory for Human Rights (SOHR)', 'Syrian Observatory for Human Rights'];
    const resolve = createOriginResolver(createNormaliser({ aliases: {} }), ['SOHR', ...written]);
    expect(new Set(written.map((by) => resolve(by, 'x').key))).toEqual(new Set([resolve('SOHR', 'x').key]));
    // A possessive that is not a speaker's title is a name of its own.
    expect(resolve("Russia's defence ministry", 'x').key).not.toBe(resolve('Russia', 'x').key);
  });

  test('a short form of exactly one longer known name is that name, but not an outlet or an ambiguous one', () => {
    const known = ['Syrian Observatory for Human Rights', 'the Observatory', 'US officials', 'UK officials', 'officials', 'war monitor'];
    const resolve = createOriginResolver(createNormaliser({ aliases: {} }), [...known, 'Al-Monitor'], ['Al-Monitor']);
    expect(resolve('the Observatory', 'x').key).toBe(resolve('Syrian Observatory for Human Rights', 'x').key);
    expect(resolve('officials', 'x').key).not.toBe(resolve('US officials', 'x').key);
    expect(resolve(undefined, 'Al-Monitor').key).not.toBe(resolve('war monitor', 'x').key);
  });
});
