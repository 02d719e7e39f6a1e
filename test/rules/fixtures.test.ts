import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { lintCorpus } from '../../src/validate/lint-corpus.js';
import type { ArchiveText } from '../../src/validate/rule.js';
import { rules } from '../../src/validate/rules/index.js';
import { runRules, type TestFile } from './harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const EXPECT = /#\s*expect:\s*(.+)$/;

/** Reads an archive relative to the fixture that names it, as lint does. */
function archiveReader(fixtureDir: string) {
  return (relativePath: string): ArchiveText => {
    const path = join(fixtureDir, relativePath);
    const file = relative(ROOT, path).split('\\').join('/');
    try {
      return { ok: true, text: readFileSync(path, 'utf8'), file };
    } catch {
      return { ok: false, reason: 'no such file', file };
    }
  };
}

/** The `line rule` pairs a fixture announces with `# expect:` comments. */
function expectedFindings(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const match = EXPECT.exec(line);
    return match ? match[1].split(',').map((id) => `${i + 1} ${id.trim()}`) : [];
  });
}

const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.yaml')).sort();
const inputs: TestFile[] = names.map((name) => ({
  file: `test/fixtures/rules/${name}`,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
  readArchive: archiveReader(FIXTURES),
}));

/** Checks that each fixture got exactly the findings it announces, no more, no fewer. */
function expectAnnounced(found: readonly Diagnostic[], input: TestFile): void {
  const actual = found.filter((d) => d.file === input.file).map((d) => `${d.line} ${d.rule}`);
  expect(new Set(actual), input.file).toEqual(new Set(expectedFindings(input.text)));
  expect(actual.length, `${input.file}: one finding per expectation`).toBe(expectedFindings(input.text).length);
}

describe('rule fixtures (# expect: comments), rules alone', () => {
  const found = runRules(rules, inputs);
  for (const input of inputs) {
    it(`${input.file}: finds exactly what it expects`, () => expectAnnounced(found, input));
  }

  it('the clean fixture expects nothing', () => {
    expect(expectedFindings(readFileSync(join(FIXTURES, 'clean.yaml'), 'utf8'))).toEqual([]);
  });

  it('every rule is shown reporting in some fixture', () => {
    const expected = new Set(inputs.flatMap((input) => expectedFindings(input.text).map((entry) => entry.split(' ')[1])));
    expect(rules.map((rule) => rule.id).filter((id) => !expected.has(id))).toEqual([]);
  });
});

describe('rule fixtures through the whole corpus lint (parse, schema, rules)', () => {
  it('finds exactly what every fixture expects, and the fixtures are otherwise valid', async () => {
    const result = await lintCorpus(['test/fixtures/rules'], { cwd: ROOT });
    expect(result.files).toEqual(inputs.map((input) => input.file));
    for (const input of inputs) expectAnnounced(result.diagnostics, input);
  });
});
