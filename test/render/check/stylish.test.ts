import { describe, expect, it } from 'vitest';
import { formatCheckStylish } from '../../../src/render/check/stylish.js';
import type { CheckFormatOptions } from '../../../src/render/check/formatter.js';
import type { CheckResult } from '../../../src/check/result.js';
import { hostileResult, sampleResult } from '../../fixtures/check/sample-result.js';

const PLAIN: CheckFormatOptions = { colour: false, all: false, explain: false };
// What must never reach a terminal from claim text: C0/C1 controls (tab and newline are ours), DEL, bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const SGR = /\u001b\[[0-9;]*m/g;

function render(result: CheckResult = sampleResult(), options: Partial<CheckFormatOptions> = {}): string {
  return formatCheckStylish(result, { ...PLAIN, ...options });
}

function lineWith(output: string, text: string): string {
  const line = output.split('\n').find((candidate) => candidate.includes(text));
  if (line === undefined) throw new Error(`no line contains ${JSON.stringify(text)}`);
  return line;
}

describe('check stylish: events', () => {
  it('shows events in the order of the result (date order), each with date, title, place, reports, outlets and id', () => {
    const output = render();
    const first = output.indexOf('2020-01-19  Residents turn back a Russian patrol near Qasr al-Dib');
    const second = output.indexOf('2020-02-12  US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(lineWith(output, 'Khirbet Amo, al-Qamishli countryside')).toBe(
      '  Khirbet Amo, al-Qamishli countryside · 2 reports from 2 outlets  ' +
        '2020-02-12-us-patrol-clashes-with-pro-government-fighters-at-a-checkpoint-in-khirbet-amo',
    );
  });

  it('counts outlets, not reports, and says when an event has no date or place', () => {
    const result = sampleResult();
    const group = result.events[1];
    group.reports[1] = { ...group.reports[1], outlet: 'Enab Baladi' };
    delete group.date;
    delete group.place;
    expect(render(result)).toContain('undated  US patrol clashes');
    expect(render(result)).toContain('\n  2 reports from 1 outlet  2020-02-12-us-patrol');
  });

  it('shows the contested topics of an event first, whatever order they come in', () => {
    const result = sampleResult();
    result.events[1].topics.reverse();
    const output = render(result);
    const contested = output.indexOf('✖ CONTESTED  identity of the man killed');
    expect(contested).toBeGreaterThan(output.indexOf('2020-02-12  US patrol'));
    expect(output.indexOf('US patrol came under fire →')).toBeGreaterThan(contested);
    expect(output.indexOf('number killed →')).toBeGreaterThan(contested);
  });
});

describe('check stylish: contested topics', () => {
  it('lists each position with its answer, independent origins, hedging and every claim behind it', () => {
    const output = render();
    const block = output.slice(output.indexOf('✖ CONTESTED  identity of the man killed'), output.indexOf('US patrol came under fire'));
    expect(block.split('\n').slice(0, 7)).toEqual([
      '✖ CONTESTED  identity of the man killed',
      '     1. civilian — 1 independent origin',
      '        • SANA via Al-Monitor, in Enab Baladi 2020-02-13  data/claims/enab-baladi-2020-02-13.yaml:27',
      '          “the man killed by the US troops was “civilian””',
      '     2. NDF fighter — 1 independent origin · hedged',
      '        • North-eastern Syria Network, in Enab Baladi 2020-02-13 (hedged)  data/claims/enab-baladi-2020-02-13.yaml:33',
      '          “the killed person is reportedly not a civilian, but rather a NDF fighter”',
    ]);
  });

  it('lists the reports that give each date on the date topic, with outlets as its origins', () => {
    const output = render();
    const start = output.indexOf('✖ CONTESTED  date');
    expect(start).toBeGreaterThan(0);
    expect(output.slice(start).split('\n').slice(0, 5)).toEqual([
      '✖ CONTESTED  date (the reports give different dates)',
      '     1. 2020-01-19 — 1 outlet',
      '        • Hawar News 2020-01-21: Residents turn back a Russian patrol near Qasr al-Dib  data/claims/hawar-2020-01-21.yaml:8',
      '     2. 2020-01-21 — 1 outlet',
      '        • Kurdistan 24 2020-01-22: US forces stop Russian convoy on the M4 road  data/claims/kurdistan24-2020-01-22.yaml:8',
    ]);
  });

  it('lists the reports whose coarser date fits more than one of the dates', () => {
    const result = sampleResult();
    const dateTopic = result.events[0].topics[0];
    dateTopic.spanning = [{ ...result.events[0].reports[1], source: 'north-press-2020-01-25', outlet: 'North Press', published: '2020-01-25', date: '2020-01', line: 7, file: 'data/claims/north-press-2020-01-25.yaml' }];
    const lines = render(result).split('\n');
    const at = lines.indexOf('     fits more than one of these dates:');
    expect(lines[at - 1]).toContain('Kurdistan 24 2020-01-22');
    expect(lines[at + 1]).toBe(
      '        • North Press 2020-01-25: US forces stop Russian convoy on the M4 road  data/claims/north-press-2020-01-25.yaml:7 (gives 2020-01)',
    );
  });

  it('wraps a long quote onto at most four lines and marks the cut', () => {
    const result = sampleResult();
    const claim = result.events[1].topics[0].positions[0].claims![0];
    claim.quote = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const output = render(result);
    const lines = output.split('\n');
    const first = lines.findIndex((line) => line.startsWith('          “word0 '));
    const quoteLines = lines.slice(first, first + 4);
    expect(quoteLines.every((line) => line.trim().length <= 78)).toBe(true);
    expect(quoteLines[3]).toMatch(/…”$/);
    expect(lines[first + 4]).toMatch(/^ {5}2\. NDF fighter/);
  });

  it('says a claim has no quote rather than printing empty quotation marks', () => {
    expect(render(sampleResult(), { all: true })).toContain(
      '        • SANA, in Rudaw 2020-02-12  data/claims/rudaw-2020-02-12.yaml:27\n          (no quote)',
    );
  });
});

describe('check stylish: corroborated and single-source topics', () => {
  it('shows them on one line each, naming the origins, unless --all', () => {
    const output = render();
    expect(lineWith(output, 'US patrol came under fire')).toBe(
      '  ✔ US patrol came under fire → true · corroborated by 2 origins: Global Coalition, US Central Command',
    );
    expect(lineWith(output, 'number killed')).toBe('  ○ number killed → 1 · single source: SANA (repeated in 2 articles)');
    expect(output).not.toContain('rudaw-2020-02-12.yaml:21');
    expect(output).toContain('Run with --all to see the 5 one-line topics in full.');
  });

  it('shows them in full with --all', () => {
    const output = render(sampleResult(), { all: true });
    const start = output.indexOf('✔ corroborated  US patrol came under fire');
    expect(start).toBeGreaterThan(0);
    expect(output.slice(start).split('\n').slice(0, 6)).toEqual([
      '✔ corroborated  US patrol came under fire',
      '     1. true — 2 independent origins',
      '        • Global Coalition, in Enab Baladi 2020-02-13  data/claims/enab-baladi-2020-02-13.yaml:39',
      '          “the US patrol came under small arms fire”',
      '        • US Central Command, in Rudaw 2020-02-12  data/claims/rudaw-2020-02-12.yaml:21',
      '          “our troops were fired upon at the checkpoint”',
    ]);
    expect(output).toContain('     1. 1 — 1 independent origin (2 claims)');
    expect(output).not.toContain('Run with --all');
  });

  it('lists every answer of a multi topic on its one line', () => {
    const result = sampleResult();
    const topic = result.events[1].topics[1];
    topic.about = 'actors present';
    topic.multi = true;
    const [claim] = topic.positions[0].claims!;
    topic.positions.push({ says: 'NDF', origins: 1, hedged: true, claims: [{ ...claim, says: 'NDF', hedged: true }] });
    expect(lineWith(render(result), 'actors present')).toBe(
      '  ✔ actors present (answers can all hold) → true · corroborated by 2 origins: Global Coalition, US Central Command' +
        ' | NDF · single source: Global Coalition · hedged',
    );
  });
});

describe('check stylish: standing claims and summary', () => {
  it('shows standing claims after the events', () => {
    const output = render();
    const standing = output.indexOf('Standing claims  (not tied to one event)');
    expect(standing).toBeGreaterThan(output.indexOf('number killed'));
    expect(output.slice(standing)).toContain(
      '  ✔ Russian forces expanding in the north-east → true · corroborated by 2 origins: Hawar News, Kurdistan 24',
    );
  });

  it('ends with the counts of events and topics by status', () => {
    const lines = render().trimEnd().split('\n');
    expect(lines.at(-2)).toBe('2 events · 7 topics: 2 contested, 2 corroborated, 3 single-source');
  });

  it('says so when nothing is left to show', () => {
    const empty: CheckResult = {
      ...sampleResult(),
      events: [],
      standing: [],
      summary: { files: 1, sources: 1, claims: 0, events: 0, topics: 0, contested: 0, corroborated: 0, singleSource: 0, eventReports: 0 },
    };
    expect(render(empty)).toBe('No events or standing claims to show.\n\n0 events · 0 topics: 0 contested, 0 corroborated, 0 single-source\n');
  });
});

describe('check stylish: --explain', () => {
  it("says under each event why its reports were joined and which pairs almost were, in the engine's words", () => {
    const output = render(sampleResult(), { explain: true });
    expect(output).toContain(
      '    why grouped:\n' +
        '      hawar-2020-01-21/patrol-blocked + kurdistan24-2020-01-22/russian-patrol: dates compatible; place 0.81, title 0.42, actors 0.50 → 0.74 ≥ 0.60\n' +
        '    near misses:\n',
    );
    expect(render()).not.toContain('why grouped');
  });

  it('spells out the date overlap and the scores when the engine gave no note', () => {
    expect(render(sampleResult(), { explain: true })).toContain(
      '    near misses:\n      hawar-2020-01-21/patrol-blocked + rudaw-2020-02-12/clash: dates apart, place 0.20, title 0.31, score 0.28\n',
    );
  });

  it('names a shared key as the reason, and says when an event stands alone', () => {
    const result = sampleResult();
    result.events[1].explain = [
      {
        a: { source: 'enab-baladi-2020-02-13', event: 'khirbet-amo-clash' }, b: { source: 'rudaw-2020-02-12', event: 'clash' },
        joined: true, basis: 'key', dateOverlap: true, note: '',
      },
    ];
    expect(render(result, { explain: true })).toContain(
      '      enab-baladi-2020-02-13/khirbet-amo-clash + rudaw-2020-02-12/clash: same key\n    near misses:\n      none\n',
    );
    result.events[1].reports.pop();
    result.events[1].explain = [];
    expect(render(result, { explain: true })).toContain('    why grouped:\n      one report only\n');
  });
});

describe('check stylish: safety and colour', () => {
  it('lets no control, escape or bidi character from claim text reach the terminal', () => {
    for (const options of [{}, { all: true, explain: true }]) {
      const output = render(hostileResult(), options);
      expect(output).not.toMatch(UNSAFE);
      // The hostile text stays visible, as escapes, so the researcher can see and fix it.
      expect(output).toContain('\\x1b[31mRED\\x1b[0m \\u202eevil\\u202c \\x07bell second line');
    }
  });

  it('keeps hostile text on its own line: a newline in a title cannot start a fake line', () => {
    const result = sampleResult();
    result.events[0].title = 'Real title\n✖ CONTESTED  forged topic';
    const output = render(result);
    expect(output).toContain('2020-01-19  Real title ✖ CONTESTED forged topic\n');
    expect(output.split('\n').some((line) => line.trimStart().startsWith('✖ CONTESTED forged'))).toBe(false);
  });

  it('colours only when asked, and then adds nothing but colour', () => {
    const plain = render(hostileResult(), { all: true, explain: true });
    const coloured = render(hostileResult(), { all: true, explain: true, colour: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[31m\u001b[1m✖ CONTESTED');
    expect(coloured.replace(SGR, '')).toBe(plain);
    expect(coloured.replace(SGR, '')).not.toMatch(UNSAFE);
  });

  it('gives the same bytes for the same input and leaves the input unchanged', () => {
    const result = sampleResult();
    const options = { all: true, explain: true, colour: true };
    const first = render(result, options);
    expect(render(result, options)).toBe(first);
    expect(result).toEqual(sampleResult());
  });
});
