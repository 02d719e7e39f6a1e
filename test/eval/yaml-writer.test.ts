import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, parseDocument, LineCounter, isMap } from 'yaml';
import { layoutClaimFile, renderConfigYaml, yamlScalar } from '../../src/eval/yaml-writer.js';
import type { ClaimFile } from '../../src/model/claim-file.js';
import { parseClaimDate, type DateRange } from '../../src/model/claim-date.js';

function date(text: string): DateRange {
  const range = parseClaimDate(text);
  if ('kind' in range) throw new Error(text);
  return range;
}

// Strings a YAML writer gets wrong: indicators, look-alike numbers and booleans, comments, controls.
const awkward = fc.constantFrom(
  'true', 'no', 'Yes', 'null', '~', '2', '2-3', '1,000', '0x1F', '.inf', '- dash', 'a: b', 'a #b', 'ends:', '#x', '[x]', '{x}',
  "'q'", '"q"', '“civilian”', '&anchor', '*alias', '!tag', '%x', '@x', '`x', '|x', '>x', ' padded ', 'tab\there', 'line\nbreak',
  '\u0085', '\u2028', '\ufeff', 'Dêrik', "Tal Jum'a", 'a, b', '', '2020-02-12',
);

describe('yamlScalar', () => {
  it('writes any string so that YAML reads the same string back, in block and in flow lists', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), awkward), (text) => {
        expect(parse(`k: ${yamlScalar(text)}`)).toEqual({ k: text });
        expect(parse(`k: [${yamlScalar(text, true)}, ${yamlScalar(text, true)}]`)).toEqual({ k: [text, text] });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers and booleans as numbers and booleans', () => {
    expect(parse(`k: ${yamlScalar(2)}`)).toEqual({ k: 2 });
    expect(parse(`k: ${yamlScalar(1.5)}`)).toEqual({ k: 1.5 });
    expect(parse(`k: ${yamlScalar(false)}`)).toEqual({ k: false });
    expect(() => yamlScalar(Number.NaN)).toThrow(/cannot write/);
  });

  it('leaves ordinary words unquoted, as a researcher would write them', () => {
    expect(yamlScalar('NDF fighter')).toBe('NDF fighter');
    expect(yamlScalar('Qasir al-Dib')).toBe('Qasir al-Dib');
    expect(yamlScalar('2')).toBe('"2"');
  });
});

const file: ClaimFile = {
  file: 'claims/enab-baladi-2020-02-13.yaml',
  source: { id: 'enab-baladi-2020-02-13', outlet: 'Enab Baladi', title: 'Clash: one killed', published: date('2020-02-13'), url: 'https://x.example/a', line: 0 },
  events: [
    { id: 'khirbet-amo-clash', title: 'US patrol clashes', date: date('2020-02-12'), place: 'Khirbet Amo, al-Qamishli countryside', actors: ['US patrol', 'NDF'], line: 0 },
    { id: 'derik-protest', title: 'Protest', date: date('2020-02-01/2020-02-03'), actors: [], key: 'derik-protest', line: 0 },
  ],
  claims: [
    { id: 'killed', event: 'khirbet-amo-clash', about: 'number killed', says: 1, via: [], quote: 'one man was killed', line: 0 },
    { id: 'identity', event: 'khirbet-amo-clash', about: 'identity', says: 'civilian', by: 'SANA', via: ['Al-Monitor'], hedged: true, said: date('2020-02-12'), note: 'n', line: 0 },
    { id: 'protest', event: 'derik-protest', about: 'protest', says: false, via: [], line: 0 },
  ],
};

describe('layoutClaimFile', () => {
  it('writes the claim file with every field, and says on which lines its parts start', () => {
    const layout = layoutClaimFile(file, 'synthetic');
    const lineCounter = new LineCounter();
    const doc = parseDocument(layout.text, { lineCounter });
    expect(doc.errors).toEqual([]);
    const data = doc.toJS();
    expect(data.source).toEqual({ outlet: 'Enab Baladi', title: 'Clash: one killed', published: '2020-02-13', url: 'https://x.example/a' });
    expect(data.events[1]).toEqual({ id: 'derik-protest', title: 'Protest', date: '2020-02-01/2020-02-03', key: 'derik-protest' });
    expect(data.claims[1]).toEqual({
      id: 'identity', event: 'khirbet-amo-clash', about: 'identity', says: 'civilian', by: 'SANA', via: ['Al-Monitor'],
      hedged: true, said: '2020-02-12', note: 'n',
    });
    expect(data.claims[2].says).toBe(false);
    const lineOf = (path: (string | number)[]) => {
      const node = doc.getIn(path, true);
      if (!isMap(node) || !node.range) throw new Error(`no mapping at ${path.join('.')}`);
      return lineCounter.linePos(node.range[0]).line;
    };
    expect(layout.sourceLine).toBe(2);
    expect(layout.eventLines).toEqual([lineOf(['events', 0]), lineOf(['events', 1])]);
    expect(layout.claimLines).toEqual([0, 1, 2].map((i) => lineOf(['claims', i])));
  });

  it('writes source.id only when it differs from the file name', () => {
    expect(layoutClaimFile(file).text).not.toContain('  id: enab-baladi');
    const renamed = { ...file, source: { ...file.source, id: 'other-id' } };
    expect(parse(layoutClaimFile(renamed).text).source.id).toBe('other-id');
  });
});

describe('renderConfigYaml', () => {
  it('writes aliases, multi topics and compatible pairs that read back as the same configuration', () => {
    const config = {
      aliases: { Derik: ['al-Malikiyah', 'Dêrik'], 'Qasr al-Dib': ['Qasir al-Dib'], 'a, b': ['c: d'] },
      topics: { 'actors present': { multi: true } },
      compatible: [['pro-government forces', 'NDF fighter']] as [string, string][],
    };
    expect(parse(renderConfigYaml(config, 'generated'))).toEqual(config);
  });
});
