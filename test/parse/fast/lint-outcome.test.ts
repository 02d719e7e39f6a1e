import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../src/eval/generate.js';
import { renderClaimFileYaml } from '../../../src/eval/yaml-writer.js';
import { readFastYaml } from '../../../src/parse/fast/fast-yaml.js';
import { locator } from '../../../src/parse/location-index.js';
import { lintFileOutcome, lintFileText } from '../../../src/validate/lint-file.js';
import { rules } from '../../../src/validate/rules/index.js';
import { modelOf, toClaimFile } from '../../../src/validate/to-model.js';

const corpus = generateCorpus({ seed: 4, events: 40 });
const context = { config: corpus.config, rules, readArchive: () => ({ ok: false as const, reason: 'no archive here', file: 'a.txt' }) };

/** Ways to change a clean claim file: some stay in the fast subset (with findings or without), some leave it. */
const EDITS: ((text: string) => string)[] = [
  (text) => text,
  // rule findings: a repeated claim id, an unknown event, a missing URL
  (text) => text.replace(/(claims:\n {2}- id: )(\S+)([\s\S]*?\n {2}- id: )\S+/, '$1$2$3$2'),
  (text) => text.replace(/\n {4}event: \S+/, '\n    event: nowhere-event'),
  (text) => text.replace(/\n {2}url: .*/, ''),
  // schema findings: a missing field, a wrong type, an unknown field
  (text) => text.replace(/\n {4}about: .*/, ''),
  (text) => text.replace(/\n {4}says: .*/, '\n    says: [1, 2]'),
  (text) => text.replace('source:\n', 'source:\n  outlett: typo\n'),
  // outside the fast subset: anchors and aliases, a tab, a duplicate key, broken indentation
  (text) => text.replace(/\n {2}outlet: (.*)/, '\n  outlet: &outlet $1'),
  (text) => text.replace('\n  title:', '\n\ttitle:'),
  (text) => text.replace(/\n {2}title: .*/, (line) => `${line}${line}`),
  (text) => text.replace('\nclaims:\n  - ', '\nclaims:\n - '),
];

const files = corpus.files.map((file, i) => ({
  file: { path: `/corpus/${file.file}`, display: file.file },
  text: EDITS[i % EDITS.length](renderClaimFileYaml(file)),
}));

describe('linting with the fast path', () => {
  it('finds what the full path finds and builds the same model, on files that do and do not take it', () => {
    for (const { file, text } of files) {
      const full = lintFileText(file, text, context);
      const outcome = lintFileOutcome(file, text, context);
      expect(outcome.diagnostics, file.display).toEqual(full.diagnostics);
      expect(outcome.data, file.display).toEqual(full.data);
      const clean = full.data !== undefined && !full.diagnostics.some((d) => d.severity === 'error');
      const model = outcome.lines && modelOf(outcome.data!, outcome.file, outcome.lines);
      expect(model, file.display).toEqual(clean ? toClaimFile(full.data!, file.display, locator(full.locations!)) : undefined);
    }
  });

  it('was given files of every kind: fast with and without findings, and declined with and without a model', () => {
    const kinds = new Set(
      files.map(({ file, text }) => {
        const outcome = lintFileOutcome(file, text, context);
        return `${readFastYaml(text) ? 'fast' : 'full'}, ${outcome.diagnostics.length > 0 ? 'findings' : 'clean'}, ${outcome.lines ? 'model' : 'no model'}`;
      }),
    );
    expect([...kinds].sort()).toEqual(['fast, clean, model', 'fast, findings, model', 'fast, findings, no model', 'full, clean, model', 'full, findings, no model']);
  });
});
