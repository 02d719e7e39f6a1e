import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/model/claim-date.js';
import { buildLocationIndex, locator } from '../../src/parse/location-index.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import type { RawClaimFile } from '../../src/model/raw-claim-file.js';
import { defaultSourceId, toClaimFile } from '../../src/validate/to-model.js';

const TEXT = `source:
  outlet: Enab Baladi
  title: A headline
  published: 2020-02-13
  lean: Syrian opposition outlet

events:
  - id: clash
    title: A clash
    date: 2020-01-18/2020-01-22
  - id: patrol
    title: A patrol
    actors: [US patrol]
    key: patrol-2020

claims:
  - id: killed-was-civilian
    event: clash
    about: identity of the man killed
    says: civilian
    by: SANA
    via: [Al-Monitor]
    hedged: true
    said: 2020
  - id: count
    about: number killed
    says: 1
`;

function model(text: string, file = 'data/claims/enab-baladi-2020-02-13.yaml') {
  const parsed = parseYaml(text, file);
  return toClaimFile(parsed.value as RawClaimFile, file, locator(buildLocationIndex(parsed.doc!, parsed.lineCounter)));
}

describe('toClaimFile', () => {
  it('defaults the source id to the file name without its extension', () => {
    expect(model(TEXT).source.id).toBe('enab-baladi-2020-02-13');
    expect(defaultSourceId('a/b/rudaw.2020.yml')).toBe('rudaw.2020');
  });

  it('keeps an explicit source id', () => {
    expect(model(TEXT.replace('source:\n', 'source:\n  id: enab-1\n')).source.id).toBe('enab-1');
  });

  it('parses dates into ranges of days with their precision', () => {
    const file = model(TEXT);
    expect(file.source.published).toEqual({ text: '2020-02-13', start: dayNumber(2020, 2, 13), end: dayNumber(2020, 2, 13), precision: 'day' });
    expect(file.events[0].date).toEqual({ text: '2020-01-18/2020-01-22', start: dayNumber(2020, 1, 18), end: dayNumber(2020, 1, 22), precision: 'day' });
    expect(file.claims[0].said).toEqual({ text: '2020', start: dayNumber(2020, 1, 1), end: dayNumber(2020, 12, 31), precision: 'year' });
  });

  it('gives each record the line where it starts, and the source the line of its key', () => {
    const file = model(TEXT);
    expect(file.source.line).toBe(1);
    expect(file.events.map((e) => e.line)).toEqual([8, 11]);
    expect(file.claims.map((c) => c.line)).toEqual([17, 25]);
  });

  it('fills empty lists and leaves absent optional fields absent', () => {
    const file = model(TEXT);
    expect(file.events[0]).toEqual({ id: 'clash', title: 'A clash', date: file.events[0].date, actors: [], line: 8 });
    expect(file.events[1]).toEqual({ id: 'patrol', title: 'A patrol', actors: ['US patrol'], key: 'patrol-2020', line: 11 });
    expect(file.claims[1]).toEqual({ id: 'count', about: 'number killed', says: 1, via: [], line: 25 });
    expect('hedged' in file.claims[1]).toBe(false);
  });

  it('copies claim fields as written', () => {
    const [claim] = model(TEXT).claims;
    expect(claim).toMatchObject({ event: 'clash', by: 'SANA', via: ['Al-Monitor'], hedged: true, says: 'civilian' });
    expect(model(TEXT).file).toBe('data/claims/enab-baladi-2020-02-13.yaml');
  });

  it('gives a file without events an empty event list', () => {
    const text = 'source:\n  outlet: A\n  title: B\n  published: 2020\nclaims:\n  - id: a\n    about: b\n    says: false\n';
    const file = model(text, 'x.yaml');
    expect(file.events).toEqual([]);
    expect(file.claims[0].says).toBe(false);
  });
});
