import { describe, expect, it } from 'vitest';
import { formatCheckJson } from '../../../src/render/check/json.js';
import { checkFormatters } from '../../../src/render/check/index.js';
import type { CheckResult } from '../../../src/check/result.js';
import { filterResult } from '../../../src/check/filter.js';
import { sampleResult } from '../../fixtures/check/sample-result.js';

describe('check JSON', () => {
  it('is the result itself, two-space indented, with one trailing newline', () => {
    const text = formatCheckJson(sampleResult());
    expect(JSON.parse(text)).toEqual(sampleResult());
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "summary": {\n    "files": 4,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it("keeps the engine's key order, also after filtering", () => {
    const text = formatCheckJson(filterResult(sampleResult(), { status: 'contested', event: 'khirbet' }));
    const parsed = JSON.parse(text) as CheckResult;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'summary', 'events', 'standing', 'sources']);
    expect(Object.keys(parsed.summary)).toEqual(Object.keys(sampleResult().summary));
    expect(Object.keys(parsed.events[0])).toEqual(Object.keys(sampleResult().events[1]));
    expect(text).toContain('"about": "identity of the man killed",\n          "status": "contested",');
  });

  it('keeps the order of events, topics, positions and claims as given', () => {
    const result = sampleResult();
    result.events.reverse();
    const parsed = JSON.parse(formatCheckJson(result)) as CheckResult;
    expect(parsed.events.map((group) => group.date)).toEqual(['2020-02-12', '2020-01-19']);
  });

  it('is the json choice of the check formatters, and never coloured', () => {
    const options = { colour: true, all: true, explain: true };
    expect(checkFormatters.json(sampleResult(), options)).toBe(formatCheckJson(sampleResult()));
    expect(checkFormatters.json(sampleResult(), options)).not.toContain('\u001b');
    expect(Object.keys(checkFormatters)).toEqual(['stylish', 'json']);
  });
});
