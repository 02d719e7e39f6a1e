import { describe, expect, it } from 'vitest';
import { idDuplicate } from '../../src/validate/rules/id-duplicate.js';
import { idDuplicateSource } from '../../src/validate/rules/id-duplicate-source.js';
import { refUnknownEvent } from '../../src/validate/rules/ref-unknown-event.js';
import { refUnusedEvent } from '../../src/validate/rules/ref-unused-event.js';
import { runRule, runRules, SOURCE } from './harness.js';

const TWO_EVENTS = `${SOURCE}events:
  - id: khirbet-amo-clash
    title: Clash at a checkpoint in Khirbet Amo
    date: 2020-02-12
  - id: airstrike
    title: Airstrike on the village
    date: 2020-02-12
`;

/** A claim about `event` (or a standing claim when undefined), as YAML list item lines. */
function claim(id: string, event?: string): string {
  return `  - id: ${id}\n${event === undefined ? '' : `    event: ${event}\n`}    about: number killed\n    says: 1\n`;
}

describe('ref/unknown-event', () => {
  it('reports a mistyped event id on the claim, suggesting the id meant', () => {
    const text = `${TWO_EVENTS}claims:\n${claim('a', 'khirbet-amo-clash')}${claim('b', 'khirbet-amo-clsh')}${claim('c', 'airstrike')}`;
    const [d, ...rest] = runRule(refUnknownEvent, text);
    expect(rest).toEqual([]);
    // claims: on line 13; claim b's event on line 19.
    expect(d).toMatchObject({ rule: 'ref/unknown-event', severity: 'error', line: 19, column: 12 });
    expect(d.message).toContain('"khirbet-amo-clsh", which is not an event of this file');
    expect(d.message).toContain('Did you mean "khirbet-amo-clash"?');
  });

  it('lists the events when nothing is close to the unknown id', () => {
    const [d] = runRule(refUnknownEvent, `${TWO_EVENTS}claims:\n${claim('a', 'shelling')}${claim('b', 'khirbet-amo-clash')}${claim('c', 'airstrike')}`);
    expect(d.message).not.toContain('Did you mean');
    expect(d.message).toContain('The events of this file are "khirbet-amo-clash", "airstrike"');
  });

  it('explains what to do when the file has no events at all', () => {
    const [d] = runRule(refUnknownEvent, `${SOURCE}claims:\n${claim('a', 'clash')}`);
    expect(d.message).toContain('This file has no events');
  });

  it('accepts standing claims and claims about existing events', () => {
    expect(runRule(refUnknownEvent, `${TWO_EVENTS}claims:\n${claim('a')}${claim('b', 'airstrike')}`)).toEqual([]);
  });
});

describe('ref/unused-event', () => {
  it('warns on the id of an event no claim is about', () => {
    const [d, ...rest] = runRule(refUnusedEvent, `${TWO_EVENTS}claims:\n${claim('a', 'khirbet-amo-clash')}`);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'ref/unused-event', severity: 'warning', line: 10, column: 9 });
    expect(d.message).toContain('no claim is about event "airstrike"');
  });

  it('is quiet when every event has a claim', () => {
    expect(runRule(refUnusedEvent, `${TWO_EVENTS}claims:\n${claim('a', 'airstrike')}${claim('b', 'khirbet-amo-clash')}`)).toEqual([]);
  });
});

describe('id/duplicate', () => {
  it('reports a repeated claim id on the later claim, naming the line of the first', () => {
    const text = `${TWO_EVENTS}claims:\n${claim('killed', 'airstrike')}${claim('killed', 'khirbet-amo-clash')}`;
    const [d, ...rest] = runRule(idDuplicate, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'id/duplicate', severity: 'error', line: 18 });
    expect(d.message).toContain('claim id "killed" is already used by the claim on line 14');
  });

  it('reports a repeated event id, and keeps event and claim ids apart', () => {
    const text = `${TWO_EVENTS.replace('id: airstrike', 'id: khirbet-amo-clash')}claims:\n${claim('khirbet-amo-clash', 'khirbet-amo-clash')}`;
    const found = runRule(idDuplicate, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10 });
    expect(found[0].message).toContain('event id "khirbet-amo-clash" is already used by the event on line 7');
  });

  it('reports every repeat after the first', () => {
    const text = `${SOURCE}claims:\n${claim('x')}${claim('x')}${claim('x')}`;
    expect(runRule(idDuplicate, text).map((d) => d.line)).toEqual([10, 13]);
  });
});

describe('id/duplicate-source', () => {
  const explicit = (id: string) => SOURCE.replace('source:\n', `source:\n  id: ${id}\n`) + `claims:\n${claim('a')}`;

  it('reports the later file of two with the same explicit id, suggesting its file name', () => {
    const found = runRules(
      [idDuplicateSource],
      [
        { file: 'claims/valley-herald-2020-02-14.yaml', text: explicit('valley-herald-2020-02-13') },
        { file: 'claims/valley-herald-2020-02-13.yaml', text: explicit('valley-herald-2020-02-13') },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'claims/valley-herald-2020-02-14.yaml', line: 2, column: 7, rule: 'id/duplicate-source' });
    expect(found[0].message).toContain('already the id of claims/valley-herald-2020-02-13.yaml (line 2)');
    expect(found[0].message).toContain('e.g. "valley-herald-2020-02-14"');
  });

  it('counts a file name as the id when source.id is absent, and reports on the source key', () => {
    const found = runRules(
      [idDuplicateSource],
      [
        { file: '2021/rudaw.yml', text: `${SOURCE}claims:\n${claim('a')}` },
        { file: '2020/rudaw.yaml', text: `${SOURCE}claims:\n${claim('a')}` },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: '2021/rudaw.yml', line: 1, column: 1 });
    expect(found[0].message).toContain('source id "rudaw" (taken from the file name) is already the id of 2020/rudaw.yaml (line 1)');
  });

  it('sees an explicit id colliding with another file name', () => {
    const found = runRules(
      [idDuplicateSource],
      [
        { file: 'a/rudaw-2020-01-21.yaml', text: `${SOURCE}claims:\n${claim('a')}` },
        { file: 'b/copy.yaml', text: explicit('rudaw-2020-01-21') },
      ],
    );
    expect(found.map((d) => d.file)).toEqual(['b/copy.yaml']);
  });

  it('accepts distinct ids', () => {
    expect(
      runRules(
        [idDuplicateSource],
        [
          { file: 'a.yaml', text: `${SOURCE}claims:\n${claim('a')}` },
          { file: 'b.yaml', text: `${SOURCE}claims:\n${claim('a')}` },
        ],
      ),
    ).toEqual([]);
  });
});
