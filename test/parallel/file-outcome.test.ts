import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { locator } from '../../src/parse/location-index.js';
import { rules } from '../../src/validate/rules/index.js';
import { lintFileOutcome, lintFileText } from '../../src/validate/lint-file.js';
import { modelOf, toClaimFile } from '../../src/validate/to-model.js';

const context = { config: emptyConfig(), rules, readArchive: () => ({ ok: false as const, reason: 'none', file: 'a.txt' }) };
const file = { path: '/corpus/claims/north-press-2020-02-14.yaml', display: 'claims/north-press-2020-02-14.yaml' };

const CLEAN = `# a comment first, so lines are not trivially counted
source:
  outlet: North Press
  title: US patrol turned back near Qamishli
  published: 2020-02-14
  url: https://example.org/a

events:
  - id: patrol
    title: US patrol turned back at a checkpoint
    date: 2020-02-12
    place: Khirbet Amo
    actors: [US patrol, Syrian army]
claims:
  - id: turned-back
    event: patrol
    about: patrol turned back
    says: true
    by: SANA
    quote: the patrol was forced to turn back
  - id: standing
    about: joint patrols
    says: no joint patrols
    quote: there are no joint patrols
`;

describe('lintFileOutcome', () => {
  it('finds what lintFileText finds, and builds the same model as the full location index gives', () => {
    const full = lintFileText(file, CLEAN, context);
    const outcome = lintFileOutcome(file, CLEAN, context);
    expect(outcome.diagnostics).toEqual(full.diagnostics);
    expect(outcome.data).toEqual(full.data);
    expect(outcome.lines).toEqual({ source: 2, events: [9], claims: [15, 21] });
    expect(modelOf(outcome.data!, outcome.file, outcome.lines!)).toEqual(toClaimFile(full.data!, file.display, locator(full.locations!)));
  });

  it('places rule findings as lintFileText does', () => {
    const warned = CLEAN.replace('  url: https://example.org/a\n', '').replace('    quote: there are no joint patrols\n', '');
    const outcome = lintFileOutcome(file, warned, context);
    expect(outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:1 source/missing-url', '20:5 quote/missing']);
    expect(outcome.diagnostics).toEqual(lintFileText(file, warned, context).diagnostics);
    expect(outcome.lines).toBeDefined();
  });

  it('keeps the data but no record lines for a file with an error, and neither for one the schema rejects', () => {
    const unknownEvent = lintFileOutcome(file, CLEAN.replace('    event: patrol\n', '    event: elsewhere\n'), context);
    expect(unknownEvent.diagnostics.map((d) => d.rule)).toEqual(['ref/unknown-event', 'ref/unused-event']);
    expect(unknownEvent.data).toBeDefined();
    expect(unknownEvent.lines).toBeUndefined();
    const schemaError = lintFileOutcome(file, CLEAN.replace('    says: true\n', ''), context);
    expect(schemaError.diagnostics).toEqual(lintFileText(file, CLEAN.replace('    says: true\n', ''), context).diagnostics);
    expect(schemaError.data).toBeUndefined();
  });

  it('carries no location index and no model: small, plain data that a worker can send back', () => {
    const outcome = lintFileOutcome(file, CLEAN, context);
    expect(Object.keys(outcome).sort()).toEqual(['data', 'diagnostics', 'file', 'lines']);
    expect(structuredClone(outcome)).toEqual(outcome);
  });
});
