import { describe, expect, it } from 'vitest';
import { buildLocationIndex, locator } from '../../src/parse/location-index.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { readSchema, SCHEMAS } from '../../src/schema/schema-files.js';
import type { SchemaNode } from '../../src/validate/schema-at-path.js';
import { schemaDiagnostics } from '../../src/validate/schema-diagnostics.js';
import { validateClaimFile } from '../../src/validate/schema.js';

const schema = readSchema(SCHEMAS.claimFile) as SchemaNode;

const VALID_SOURCE = ['source:', '  outlet: Enab Baladi', '  title: A headline', '  published: 2020-02-13'];
const VALID_CLAIM = ['  - id: killed-was-civilian', '    about: identity of the man killed', '    says: civilian'];

/** Lints YAML lines against the claim file schema: each diagnostic as rule, span and message. */
function diagnose(lines: string[]) {
  const parsed = parseYaml(`${lines.join('\n')}\n`, 'x.yaml');
  expect(parsed.diagnostics).toEqual([]);
  const locate = locator(buildLocationIndex(parsed.doc!, parsed.lineCounter));
  const issues = validateClaimFile(parsed.value);
  return schemaDiagnostics({ file: 'x.yaml', value: parsed.value, schema, issues, locate }).map(({ rule, line, column, endLine, endColumn, message, severity, file }) => {
    expect(severity).toBe('error');
    expect(file).toBe('x.yaml');
    return { rule, at: `${line}:${column}-${endLine}:${endColumn}`, message };
  });
}

describe('schema diagnostics', () => {
  it('places a missing field on the first line of the claim that lacks it, naming the field, what it is for, and an example', () => {
    expect(diagnose([...VALID_SOURCE, 'claims:', '  - id: a', '    says: x', '  - id: b', '    says: y'])).toEqual([
      { rule: 'schema/required', at: '6:5-6:10', message: 'claims[0] is missing required field "about" (the question the claim answers). Example: about: identity of the man killed' },
      { rule: 'schema/required', at: '8:5-8:10', message: 'claims[1] is missing required field "about" (the question the claim answers). Example: about: identity of the man killed' },
    ]);
  });

  it('places a missing field of source on the source key', () => {
    const [d] = diagnose(['source:', '  outlet: Enab Baladi', '  published: 2020-02-13', 'claims:', ...VALID_CLAIM]);
    expect(d).toMatchObject({ rule: 'schema/required', at: '1:1-1:7' });
    expect(d.message).toMatch(/^source is missing required field "title" \(the article's headline\)\. Example: title: /);
  });

  it('says what the file lacks at the top level', () => {
    const [d] = diagnose(VALID_SOURCE);
    expect(d.rule).toBe('schema/required');
    expect(d.message).toMatch(/^the file is missing required field "claims" \(what the article asserts or reports\)\. Example: claims: \[/);
  });

  it('places an unknown field on its key, with a did-you-mean and the allowed fields', () => {
    expect(diagnose([...VALID_SOURCE, 'claims:', ...VALID_CLAIM, '    qoute: the words'])).toEqual([
      {
        rule: 'schema/unknown-field',
        at: '9:5-9:10',
        message: 'unknown field "qoute" in claims[0]; did you mean "quote"? Allowed: id, event, about, says, by, via, quote, hedged, said, note',
      },
    ]);
  });

  it('lists the allowed fields without a guess when nothing is close', () => {
    const [d] = diagnose([...VALID_SOURCE, '  circulation: 40000', 'claims:', ...VALID_CLAIM]);
    expect(d.message).toBe('unknown field "circulation" in source; allowed: id, outlet, title, published, author, url, archive, language, lean');
    expect(d.at).toBe('5:3-5:14');
  });

  it('gives one message for a date in the wrong form, however many alternatives it failed', () => {
    const lines = ['source:', '  outlet: Enab Baladi', '  title: A headline', '  published: 13 Feb 2020', 'claims:', ...VALID_CLAIM];
    expect(diagnose(lines)).toEqual([
      { rule: 'schema/format', at: '4:14-4:25', message: 'source.published must be a date like 2020-02-13, 2020-02 or 2020; found "13 Feb 2020"' },
    ]);
  });

  it('calls a date of the wrong type a type problem', () => {
    const lines = ['source:', '  outlet: Enab Baladi', '  title: A headline', '  published: [2020]', 'claims:', ...VALID_CLAIM];
    expect(diagnose(lines)).toEqual([
      { rule: 'schema/type', at: '4:14-4:20', message: 'source.published must be a date like 2020-02-13, 2020-02 or 2020; found a list' },
    ]);
  });

  it('explains the id form on a bad id', () => {
    expect(diagnose([...VALID_SOURCE, 'claims:', '  - id: Killed_Civilian', '    about: x', '    says: y'])).toEqual([
      {
        rule: 'schema/format',
        at: '6:9-6:24',
        message: 'claims[0].id must be an id like killed-was-civilian; found "Killed_Civilian". Lowercase letters a-z, digits and single hyphens, starting and ending with a letter or digit.',
      },
    ]);
  });

  it('says what type was expected and found, with an example', () => {
    expect(diagnose([...VALID_SOURCE, 'claims:', ...VALID_CLAIM, '    via: Al-Monitor', '    hedged: perhaps'])).toEqual([
      { rule: 'schema/type', at: '9:10-9:20', message: 'claims[0].via must be a list; found "Al-Monitor". Example: via: [ Al-Monitor ]' },
      { rule: 'schema/type', at: '10:13-10:20', message: 'claims[0].hedged must be true or false; found "perhaps". Example: hedged: true' },
    ]);
  });

  it('underlines only the first line of a wrong list or mapping', () => {
    const [d] = diagnose([...VALID_SOURCE, 'claims:', ...VALID_CLAIM, '    says:', '      - a', '      - b'].filter((l) => l !== '    says: civilian'));
    expect(d).toMatchObject({ rule: 'schema/type', at: '9:7-9:10' });
    expect(d.message).toBe('claims[0].says must be text, a number or true/false; found a list. Example: says: civilian');
  });

  it('names the fields a mapping needs when it is empty', () => {
    expect(diagnose([...VALID_SOURCE, 'claims:', ...VALID_CLAIM, '  -'])).toEqual([
      { rule: 'schema/type', at: '9:4-9:5', message: 'claims[1] must be a mapping with id:, about: and says:; found nothing (the value is empty).' },
    ]);
  });

  it('reports an empty claims list on the list', () => {
    expect(diagnose([...VALID_SOURCE, 'claims: []'])).toEqual([
      { rule: 'schema/size', at: '5:9-5:11', message: 'claims must list at least 1 claim; found an empty list' },
    ]);
  });

  it('reports a URL that is not one', () => {
    const [d] = diagnose([...VALID_SOURCE, '  url: www.example.org/a', 'claims:', ...VALID_CLAIM]);
    expect(d).toMatchObject({ rule: 'schema/format', at: '5:8-5:25' });
    expect(d.message).toMatch(/^source\.url must be a full address \(URL\) like https:\/\/\S+; found "www\.example\.org\/a"\.$/);
  });

  it('shows the percent-encoded form of an address written with non-ASCII characters', () => {
    const [d] = diagnose([...VALID_SOURCE, '  url: https://www.aljazeera.net/news/2020/2/13/مقتل', 'claims:', ...VALID_CLAIM]);
    expect(d.rule).toBe('schema/format');
    expect(d.message).toMatch(/percent-encoded: https:\/\/www\.aljazeera\.net\/news\/2020\/2\/13\/%D9%85%D9%82%D8%AA%D9%84$/);
  });

  it('still explains an address holding a character that cannot be encoded', () => {
    const [d] = diagnose([...VALID_SOURCE, '  url: "https://example.org/\\ud800"', 'claims:', ...VALID_CLAIM]);
    expect(d.rule).toBe('schema/format');
    expect(d.message).not.toContain('percent-encoded');
  });

  it('refuses a file that is a list, a text, or only comments, saying what a claim file is', () => {
    const cases: [string, string][] = [
      ['- a\n- b\n', 'the file must be a mapping with source: and claims:; found a list.'],
      ['just text\n', 'the file must be a mapping with source: and claims:; found "just text".'],
      ['# only a comment\n', 'the file has no content, only comments or blank lines; a claim file is a mapping with at least source: and claims:. Run claimcheck new FILE for a template'],
    ];
    for (const [text, message] of cases) {
      const parsed = parseYaml(text, 'x.yaml');
      const locate = locator(buildLocationIndex(parsed.doc!, parsed.lineCounter));
      const [d, ...rest] = schemaDiagnostics({ file: 'x.yaml', value: parsed.value, schema, issues: validateClaimFile(parsed.value), locate });
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ rule: 'schema/type', line: 1, column: 1, message });
    }
  });

  it('reports each problem of a file once, in a stable order', () => {
    const lines = ['source:', '  outlet: [x]', '  published: 2020-13-45x', 'claims:', '  - id: A', '    says: {}', '    extra: 1'];
    const first = diagnose(lines);
    expect(diagnose(lines)).toEqual(first);
    expect(first.map((d) => `${d.at} ${d.rule}`)).toEqual([
      '1:1-1:7 schema/required',
      '2:11-2:14 schema/type',
      '3:14-3:25 schema/format',
      '5:5-5:10 schema/required',
      '5:9-5:10 schema/format',
      '6:11-6:13 schema/type',
      '7:5-7:10 schema/unknown-field',
    ]);
  });
});
