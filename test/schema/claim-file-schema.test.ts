import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/validate/ajv-setup.js';
import { readSchema, SCHEMAS } from '../../src/schema/schema-files.js';
import { validateClaimFile, validateConfig } from '../../src/validate/schema.js';

const claimSchema = readSchema(SCHEMAS.claimFile);
const configSchema = readSchema(SCHEMAS.config);

/** The contract's example claim file (§1), as plain data. */
function example() {
  return {
    source: {
      outlet: 'Enab Baladi',
      title: 'Under Russian eyes, US forces target Syrian-regime controlled checkpoint and kill one person',
      published: '2020-02-13',
      url: 'https://english.enabbaladi.net/archives/2020/02/example/',
      archive: '../articles/004_2701b759f03d38ea.txt',
      lean: 'Syrian opposition outlet',
    },
    events: [
      {
        id: 'khirbet-amo-clash',
        title: 'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo',
        date: '2020-02-12',
        place: 'Khirbet Amo, al-Qamishli countryside',
        actors: ['US patrol', 'National Defense Force', 'Russian military police'],
      },
    ],
    claims: [
      { id: 'killed-was-civilian', event: 'khirbet-amo-clash', about: 'identity of the man killed', says: 'civilian', by: 'SANA' },
      { id: 'patrol-fired-on', event: 'khirbet-amo-clash', about: 'US patrol came under fire', says: true, by: 'Global Coalition' },
    ],
  };
}

type Mutate = (doc: ReturnType<typeof example>) => void;
const keywordsFor = (mutate: Mutate) => {
  const doc = example();
  mutate(doc);
  return validateClaimFile(doc).map((issue) => `${issue.instancePath} ${issue.keyword}`);
};

/** Every schema object under `node` that declares `properties`, with its JSON path. */
function objectSchemas(node: unknown, path = '#'): { path: string; schema: Record<string, unknown> }[] {
  if (node === null || typeof node !== 'object') return [];
  const found: { path: string; schema: Record<string, unknown> }[] = [];
  const record = node as Record<string, unknown>;
  if (record.properties) found.push({ path, schema: record });
  for (const [key, value] of Object.entries(record)) found.push(...objectSchemas(value, `${path}/${key}`));
  return found;
}

describe('the claim file schema', () => {
  it('compiles under Ajv strict mode, and both schemas are valid draft-07 with an $id', () => {
    for (const schema of [claimSchema, configSchema]) {
      const ajv = createAjv();
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(String(schema.$id)).toMatch(/^https:\/\//);
    }
  });

  it('gives every property a title and a description, for editors to show', () => {
    for (const schema of [claimSchema, configSchema]) {
      for (const { path, schema: object } of objectSchemas(schema)) {
        for (const [name, prop] of Object.entries(object.properties as Record<string, Record<string, unknown>>)) {
          expect(typeof prop.title, `${path}/properties/${name} title`).toBe('string');
          expect(typeof prop.description, `${path}/properties/${name} description`).toBe('string');
        }
      }
    }
  });

  it('closes every mapping of fields: unknown fields are errors', () => {
    for (const schema of [claimSchema, configSchema]) {
      for (const { path, schema: object } of objectSchemas(schema)) expect(object.additionalProperties, path).toBe(false);
    }
  });

  it('accepts the contract example', () => {
    expect(validateClaimFile(example())).toEqual([]);
  });

  it('accepts dates at day, month and year precision, a YAML integer year, and intervals for event dates', () => {
    for (const published of ['2020-02-13', '2020-02', '2020', 2020]) {
      expect(keywordsFor((d) => void (d.source.published = published as string))).toEqual([]);
    }
    expect(keywordsFor((d) => void (d.events[0].date = '2020-01-18/2020-01-22'))).toEqual([]);
  });

  it('refuses dates in other forms (calendar validity is left to the date rules)', () => {
    expect(keywordsFor((d) => void (d.source.published = '13 Feb 2020'))).toContain('/source/published anyOf');
    expect(keywordsFor((d) => void (d.source.published = '2020-01-18/2020-01-22'))).toContain('/source/published anyOf');
    expect(keywordsFor((d) => void (d.source.published = 20200213 as unknown as string))).toContain('/source/published anyOf');
    expect(keywordsFor((d) => void (d.source.published = '2020-02-30'))).toEqual([]);
  });

  it('requires ids to be slugs: lowercase letters, digits and single hyphens', () => {
    for (const good of ['a', 'khirbet-amo-clash', '2020-02-12-clash']) expect(keywordsFor((d) => void (d.claims[0].id = good))).toEqual([]);
    for (const bad of ['Khirbet', 'a_b', '-a', 'a-', 'a--b', 'a b', '']) {
      expect(keywordsFor((d) => void (d.claims[0].id = bad)), bad).toEqual(['/claims/0/id pattern']);
    }
  });

  it('takes text, numbers and booleans as answers, and nothing else', () => {
    for (const says of ['civilian', 1, 2.5, false]) expect(keywordsFor((d) => void (d.claims[0].says = says as string))).toEqual([]);
    for (const says of [null, ['a'], { a: 1 }]) expect(keywordsFor((d) => void (d.claims[0].says = says as unknown as string))).toEqual(['/claims/0/says type']);
  });

  it('requires source, its outlet, title and published, at least one claim, and each claim\'s id, about and says', () => {
    expect(keywordsFor((d) => void delete (d as Partial<typeof d>).source)).toEqual([' required']);
    expect(keywordsFor((d) => void (d.claims = []))).toEqual(['/claims minItems']);
    expect(keywordsFor((d) => void delete (d.claims[0] as Partial<(typeof d.claims)[0]>).about)).toEqual(['/claims/0 required']);
    expect(keywordsFor((d) => void delete (d.source as Partial<typeof d.source>).outlet)).toEqual(['/source required']);
  });

  it('refuses unknown fields at every level', () => {
    expect(keywordsFor((d) => Object.assign(d, { extra: 1 }))).toEqual([' additionalProperties']);
    expect(keywordsFor((d) => Object.assign(d.source, { publisher: 'x' }))).toEqual(['/source additionalProperties']);
    expect(keywordsFor((d) => Object.assign(d.events[0], { when: 'x' }))).toEqual(['/events/0 additionalProperties']);
    expect(keywordsFor((d) => Object.assign(d.claims[0], { qoute: 'x' }))).toEqual(['/claims/0 additionalProperties']);
  });

  it('requires a URL to be an absolute URI', () => {
    expect(keywordsFor((d) => void (d.source.url = 'english.enabbaladi.net/archives'))).toEqual(['/source/url format']);
  });

  it('reports every problem of a file at once', () => {
    const issues = validateClaimFile({ source: { outlet: 1 }, claims: [{ id: 'X' }] });
    expect(issues.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the configuration schema', () => {
  it('accepts the contract example with the optional settings', () => {
    const config = {
      aliases: { Derik: ['al-Malikiyah', 'al-Malakiya', 'Dêrik'], SOHR: ['Syrian Observatory for Human Rights'] },
      topics: { 'actors present': { multi: true } },
      compatible: [['pro-government forces', 'NDF fighter']],
      dateTolerance: 2,
      maxFileSize: 2_000_000,
    };
    expect(validateConfig(config)).toEqual([]);
  });

  it('refuses a compatible entry that is not a pair, a negative tolerance and unknown settings', () => {
    const keywords = (value: unknown) => validateConfig(value).map((issue) => `${issue.instancePath} ${issue.keyword}`);
    expect(keywords({ compatible: [['a']] })).toEqual(['/compatible/0 minItems']);
    expect(keywords({ compatible: [['a', 'b', 'c']] })).toEqual(['/compatible/0 maxItems']);
    expect(keywords({ dateTolerance: -1 })).toEqual(['/dateTolerance minimum']);
    expect(keywords({ dateTolerance: 1.5 })).toEqual(['/dateTolerance type']);
    expect(keywords({ topics: { x: { multi: true, weight: 2 } } })).toEqual(['/topics/x additionalProperties']);
    expect(keywords({ alias: {} })).toEqual([' additionalProperties']);
    expect(keywords({ aliases: { Derik: 'Dêrik' } })).toEqual(['/aliases/Derik type']);
  });
});
