import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateCorpus, renderClaimFileYaml, renderConfigYaml, type Corpus } from '../../src/eval/generate.js';
import { DEFAULT_EVENTS } from '../../src/eval/run-eval.js';
import { GAZETTEER, placeById, siblingOf } from '../../src/eval/gazetteer.js';
import { claimKey, reportKey } from '../../src/eval/truth.js';
import { parseClaimDate, isDateProblem } from '../../src/model/claim-date.js';
import { scoreCheck } from '../../src/eval/score.js';
import { perfectResult } from './perfect-result.js';

const small = generateCorpus({ seed: 7, events: 60 });
const defaultCorpus = generateCorpus({ seed: 1, events: DEFAULT_EVENTS });

function allText(corpus: Corpus): string {
  return corpus.files.map((f) => `${f.file}\n${renderClaimFileYaml(f)}`).join('\n') + renderConfigYaml(corpus.config);
}

describe('generateCorpus: determinism', () => {
  it('writes the same bytes and the same truth for the same seed, and a different corpus for another seed', () => {
    const again = generateCorpus({ seed: 7, events: 60 });
    expect(allText(again)).toBe(allText(small));
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(small.truth));
    expect(allText(generateCorpus({ seed: 8, events: 60 }))).not.toBe(allText(small));
  });

  it('refuses a seed or event count that is not a whole number', () => {
    expect(() => generateCorpus({ seed: 1.5, events: 10 })).toThrow(/seed must be an integer/);
    expect(() => generateCorpus({ seed: 1, events: 0 })).toThrow(/events must be a whole number/);
  });
});

const SOURCE_KEYS = ['id', 'outlet', 'title', 'published', 'author', 'url', 'archive', 'language', 'lean'];
const EVENT_KEYS = ['id', 'title', 'date', 'place', 'actors', 'key'];
const CLAIM_KEYS = ['id', 'event', 'about', 'says', 'by', 'via', 'quote', 'hedged', 'said', 'note'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

// Checks one file against the contract (§1), collecting what is wrong rather than stopping at the first.
function contractProblems(data: Record<string, any>, where: string): string[] {
  const problems: string[] = [];
  const keys = (value: Record<string, unknown>, allowed: string[], required: string[], at: string) => {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${at}: unknown field ${key}`);
    for (const key of required) if (value[key] === undefined) problems.push(`${at}: missing ${key}`);
  };
  const date = (value: unknown, at: string) => {
    const range = typeof value === 'string' || typeof value === 'number' ? parseClaimDate(value) : undefined;
    if (!range || isDateProblem(range)) problems.push(`${at}: invalid date ${String(value)}`);
    return range && !isDateProblem(range) ? range : undefined;
  };
  keys(data, ['source', 'events', 'claims'], ['source', 'claims'], where);
  keys(data.source, SOURCE_KEYS, ['outlet', 'title', 'published'], `${where} source`);
  const published = date(data.source.published, `${where} published`);
  const events = (data.events ?? []) as Record<string, any>[];
  if (events.length > 4) problems.push(`${where}: ${events.length} events`);
  const eventIds = events.map((e) => e.id);
  if (new Set(eventIds).size !== eventIds.length) problems.push(`${where}: duplicate event ids`);
  for (const event of events) {
    const at = `${where} event ${event.id}`;
    keys(event, EVENT_KEYS, ['id', 'title'], at);
    if (!SLUG.test(event.id)) problems.push(`${at}: id is not a slug`);
    const range = date(event.date, at);
    if (range && published && range.start > published.end) problems.push(`${at}: starts after publication`);
    if (!Array.isArray(event.actors) || !event.actors.every((a: unknown) => typeof a === 'string')) problems.push(`${at}: actors`);
    if (!data.claims.some((c: any) => c.event === event.id)) problems.push(`${at}: no claim`);
  }
  const claims = data.claims as Record<string, any>[];
  if (claims.length < 3 || claims.length > 15) problems.push(`${where}: ${claims.length} claims`);
  if (new Set(claims.map((c) => c.id)).size !== claims.length) problems.push(`${where}: duplicate claim ids`);
  for (const claim of claims) {
    const at = `${where} claim ${claim.id}`;
    keys(claim, CLAIM_KEYS, ['id', 'about', 'says'], at);
    if (!SLUG.test(claim.id)) problems.push(`${at}: id is not a slug`);
    if (!['string', 'number', 'boolean'].includes(typeof claim.says)) problems.push(`${at}: says is ${typeof claim.says}`);
    if (claim.event !== undefined && !eventIds.includes(claim.event)) problems.push(`${at}: unknown event ${claim.event}`);
    if (claim.said !== undefined) date(claim.said, `${at} said`);
    if (claim.via !== undefined && !claim.via.every((v: unknown) => typeof v === 'string')) problems.push(`${at}: via`);
  }
  return problems;
}

describe('generateCorpus: the YAML it writes', () => {
  it('parses, has the contract shape (required fields, no unknown ones, valid dates), and reads back as the model', () => {
    const problems: string[] = [];
    const sourceIds = new Set<string>();
    for (const file of small.files) {
      const doc = parseDocument(renderClaimFileYaml(file));
      if (doc.errors.length > 0) problems.push(`${file.file}: ${doc.errors[0].message}`);
      const data = doc.toJS() as Record<string, any>;
      problems.push(...contractProblems(data, file.file));
      if (sourceIds.has(file.source.id)) problems.push(`${file.file}: duplicate source id`);
      sourceIds.add(file.source.id);
      if (file.file !== `claims/${data.source.published.slice(0, 7)}/${file.source.id}.yaml`) problems.push(`${file.file}: path`);
      // The in-memory model is what the file says.
      if (JSON.stringify(data.claims.map((c: any) => c.says)) !== JSON.stringify(file.claims.map((c) => c.says))) problems.push(`${file.file}: says`);
      if (JSON.stringify((data.events ?? []).map((e: any) => e.date)) !== JSON.stringify(file.events.map((e) => e.date?.text))) problems.push(`${file.file}: dates`);
    }
    expect(problems).toEqual([]);
  });

  it('writes a configuration whose aliases never give one name two canonical forms', () => {
    const doc = parseDocument(renderConfigYaml(small.config));
    expect(doc.errors).toEqual([]);
    const data = doc.toJS();
    const owner = new Map<string, string>();
    for (const [canonical, variants] of Object.entries(data.aliases as Record<string, string[]>)) {
      for (const name of [canonical, ...variants]) {
        const folded = name.toLowerCase();
        expect(owner.get(folded) ?? canonical, `${name} under two names`).toBe(canonical);
        owner.set(folded, canonical);
      }
    }
    expect(data.topics['actors present']).toEqual({ multi: true });
    expect(data.compatible).toContainEqual(['civilian', 'shepherd']);
  });
});

describe('generateCorpus: the truth', () => {
  it('has one entry for every report and claim of the files, and none for anything else', () => {
    const reports = small.files.flatMap((f) => f.events.map((e) => reportKey({ source: f.source.id, event: e.id })));
    const claims = small.files.flatMap((f) => f.claims.map((c) => claimKey({ source: f.source.id, claim: c.id })));
    expect(small.truth.reports.map(reportKey).sort()).toEqual([...reports].sort());
    expect(small.truth.claims.map(claimKey).sort()).toEqual([...claims].sort());
  });

  it('agrees with the files: dates as written, claims on their report’s event, topics and positions that exist', () => {
    const reportTruth = new Map(small.truth.reports.map((r) => [reportKey(r), r]));
    const topics = new Map(small.truth.topics.map((t) => [t.id, t]));
    const events = new Set(small.truth.events.map((e) => e.id));
    for (const file of small.files) {
      for (const event of file.events) {
        const truth = reportTruth.get(reportKey({ source: file.source.id, event: event.id }))!;
        expect(truth.written).toBe(event.date?.text);
        expect(events.has(truth.trueEvent)).toBe(true);
      }
    }
    const claimTruth = new Map(small.truth.claims.map((c) => [claimKey(c), c]));
    for (const file of small.files) {
      for (const claim of file.claims) {
        const truth = claimTruth.get(claimKey({ source: file.source.id, claim: claim.id }))!;
        const topic = topics.get(truth.topic);
        expect(topic, truth.topic).toBeDefined();
        expect(topic!.positions).toContain(truth.position);
        if (claim.event === undefined) {
          expect(truth.trueEvent).toBeUndefined();
          expect(topic!.event).toBeUndefined();
        } else {
          const report = reportTruth.get(reportKey({ source: file.source.id, event: claim.event }))!;
          expect(truth.trueEvent).toBe(report.trueEvent);
          expect(topic!.event).toBe(report.trueEvent);
        }
        if (claim.by === undefined) expect(truth.origin).toBe(file.source.outlet);
      }
    }
  });

  it('lists as date conflicts exactly the pairs of reports of one event whose written dates do not overlap', () => {
    const range = (written: string | undefined) => parseClaimDate(written!) as { start: number; end: number };
    const conflicts = new Set(small.truth.dateConflicts.map(({ a, b }) => `${reportKey(a)}|${reportKey(b)}`));
    let expected = 0;
    const reports = small.truth.reports;
    for (let i = 0; i < reports.length; i += 1) {
      for (let j = 0; j < reports.length; j += 1) {
        if (i === j || reports[i].trueEvent !== reports[j].trueEvent) continue;
        const a = range(reports[i].written);
        const b = range(reports[j].written);
        const apart = a.end < b.start || b.end < a.start;
        if (apart && reportKey(reports[i]) < reportKey(reports[j])) {
          expected += 1;
          expect(conflicts.has(`${reportKey(reports[i])}|${reportKey(reports[j])}`)).toBe(true);
        }
      }
    }
    expect(conflicts.size).toBe(expected);
  });

  it('never makes two true events indistinguishable: at one place they are a week or more apart', () => {
    const byPlace = new Map<string, number[]>();
    for (const event of defaultCorpus.truth.events) {
      const days = byPlace.get(event.place) ?? [];
      days.push(Date.parse(event.date) / 86_400_000);
      byPlace.set(event.place, days);
    }
    for (const days of byPlace.values()) {
      days.sort((a, b) => a - b);
      for (let i = 1; i < days.length; i += 1) expect(days[i] - days[i - 1]).toBeGreaterThanOrEqual(7);
    }
  });

  it('is scored 1.0 on every measure by a result built from the truth itself', () => {
    const scores = scoreCheck(perfectResult(defaultCorpus), defaultCorpus.truth);
    for (const measure of [scores.grouping, scores.contradictions, scores.agreements, scores.dateConflicts]) {
      expect(measure.expected).toBeGreaterThan(0);
      expect(measure).toMatchObject({ precision: 1, recall: 1 });
    }
  });
});

// A generous reading of the numeric answers the generator writes, independent of the generator's own.
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, sixty: 60,
};
function readCount(says: string | number | boolean): [number, number] {
  if (typeof says === 'number') return [says, says];
  const text = String(says);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  let m: RegExpExecArray | null;
  if (WORDS[text] !== undefined) return [WORDS[text], WORDS[text]];
  if ((m = /^[\d,]+$/.exec(text))) return [n(text), n(text)];
  if ((m = /^at least ([\d,]+)$/.exec(text))) return [n(m[1]), Infinity];
  if ((m = /^more than ([\d,]+)$/.exec(text))) return [n(m[1]), Infinity];
  if ((m = /^([\d,]+)(?:-| to )([\d,]+)$/.exec(text))) return [n(m[1]), n(m[2])];
  if ((m = /^(?:about|around|some) ([\d,]+)$/.exec(text))) return [n(m[1]) * 0.75, n(m[1]) * 1.25];
  if (text === 'a dozen') return [10, 14];
  if (text === 'dozens') return [13, 199];
  if (text === 'hundreds') return [101, 1999];
  if (text === 'about a thousand') return [750, 1250];
  throw new Error(`unreadable count "${text}"`);
}

describe('generateCorpus: numeric answers', () => {
  it('never lets answers of different true positions overlap, and always lets answers of one position overlap', () => {
    const says = new Map(defaultCorpus.files.flatMap((f) => f.claims.map((c) => [claimKey({ source: f.source.id, claim: c.id }), c.says] as const)));
    const countTopics = new Set(defaultCorpus.truth.topics.filter((t) => t.positions.every((p) => /^n\d+$/.test(p))).map((t) => t.id));
    const byTopic = new Map<string, { position: string; range: [number, number] }[]>();
    for (const claim of defaultCorpus.truth.claims) {
      if (!countTopics.has(claim.topic)) continue;
      const list = byTopic.get(claim.topic) ?? [];
      list.push({ position: claim.position, range: readCount(says.get(claimKey(claim))!) });
      byTopic.set(claim.topic, list);
    }
    let compared = 0;
    for (const list of byTopic.values()) {
      for (const a of list) {
        for (const b of list) {
          const overlap = a.range[0] <= b.range[1] && b.range[0] <= a.range[1];
          expect(overlap, `${a.position} ${a.range} vs ${b.position} ${b.range}`).toBe(a.position === b.position);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('generateCorpus: the hard cases are in the default corpus', () => {
  const { files, truth } = defaultCorpus;
  const claims = files.flatMap((f) => f.claims.map((c) => ({ file: f, claim: c })));
  const says = claims.map(({ claim }) => claim.says);
  const texts = says.filter((s): s is string => typeof s === 'string');
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

  it('has distractor events of every kind, each resembling its model as described', () => {
    const events = new Map(truth.events.map((e) => [e.id, e]));
    for (const kind of ['same-place-later', 'same-date-elsewhere', 'similar-village'] as const) {
      const list = truth.events.filter((e) => e.distractor?.kind === kind);
      expect(list.length, kind).toBeGreaterThan(0);
      for (const event of list) {
        const model = events.get(event.distractor!.of)!;
        const days = Math.abs(Date.parse(event.date) - Date.parse(model.date)) / 86_400_000;
        if (kind === 'same-place-later') expect(event.place === model.place && days >= 7).toBe(true);
        if (kind === 'same-date-elsewhere') expect(event.place !== model.place && days === 0).toBe(true);
        if (kind === 'similar-village') expect(siblingOf(placeById(model.place))?.id === event.place && days <= 1).toBe(true);
      }
    }
  });

  it('has one-day slips, month-precision dates, intervals and the date conflicts they make', () => {
    const trueDate = new Map(truth.events.map((e) => [e.id, Date.parse(e.date)]));
    const slips = truth.reports.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.written ?? '') && Math.abs(Date.parse(r.written!) - trueDate.get(r.trueEvent)!) === 86_400_000);
    expect(slips.length).toBeGreaterThan(0);
    expect(count(truth.reports, (r) => /^\d{4}-\d{2}$/.test(r.written ?? ''))).toBeGreaterThan(0);
    expect(count(truth.reports, (r) => (r.written ?? '').includes('/'))).toBeGreaterThan(0);
    expect(truth.dateConflicts.length).toBeGreaterThan(0);
  });

  it('names places by other names, by undeclared spellings and with tails', () => {
    const declared = new Set(Object.values(defaultCorpus.config.aliases).flat());
    const spellings = new Set(GAZETTEER.flatMap((p) => p.spellings));
    const places = files.flatMap((f) => f.events.map((e) => e.place ?? ''));
    expect(count(places, (p) => [...spellings].some((s) => !declared.has(s) && p.includes(s)))).toBeGreaterThan(0);
    expect(count(places, (p) => GAZETTEER.some((g) => g.otherNames.some((o) => p.includes(o))))).toBeGreaterThan(0);
    expect(count(places, (p) => p.includes('countryside'))).toBeGreaterThan(0);
    expect(count(places, (p) => p.startsWith('near '))).toBeGreaterThan(0);
    expect(count(places, (p) => p.endsWith(' village'))).toBeGreaterThan(0);
  });

  it('words one topic in several ways, and puts killed and injured both answered 1 in one event', () => {
    const topicOf = new Map(truth.claims.map((c) => [claimKey(c), c.topic]));
    const abouts = new Map<string, Set<string>>();
    for (const { file, claim } of claims) {
      const topic = topicOf.get(claimKey({ source: file.source.id, claim: claim.id }))!;
      abouts.set(topic, (abouts.get(topic) ?? new Set()).add(claim.about));
    }
    expect(count([...abouts.values()], (set) => set.size >= 3)).toBeGreaterThan(0);
    const aliasAbouts = new Set(Object.entries(defaultCorpus.config.aliases).filter(([k]) => k === 'number killed').flatMap(([, v]) => v));
    expect(count(claims, ({ claim }) => aliasAbouts.has(claim.about))).toBeGreaterThan(0);
    const ones = truth.claims.filter((c) => c.position === 'n1');
    const killedOne = new Set(ones.filter((c) => c.topic.endsWith('/killed')).map((c) => c.trueEvent));
    expect(count(ones, (c) => c.topic.endsWith('/injured') && killedOne.has(c.trueEvent))).toBeGreaterThan(0);
  });

  it('has negations, booleans, and numbers written as words, ranges, bounds and approximations', () => {
    expect(count(says, (s) => s === false)).toBeGreaterThan(0);
    expect(count(says, (s) => s === true)).toBeGreaterThan(0);
    expect(count(texts, (s) => /^(no|not|did not|there were no) /.test(s))).toBeGreaterThan(0);
    expect(count(texts, (s) => s === 'denied')).toBeGreaterThan(0);
    for (const pattern of [/^(one|two|three|four|five|six|seven|eight|nine|ten)$/, /^at least \d/, /^\d+(-| to )\d+$/, /^(about|around|some) \d/, /^a dozen$/]) {
      expect(count(texts, (s) => pattern.test(s)), String(pattern)).toBeGreaterThan(0);
    }
  });

  it('has answers that are aliases or declared compatible, and multi topics', () => {
    const compatible = new Set(defaultCorpus.config.compatible.map(([, b]) => b));
    const aliases = new Set(Object.values(defaultCorpus.config.aliases).flat());
    expect(count(texts, (s) => compatible.has(s))).toBeGreaterThan(0);
    expect(count(texts, (s) => aliases.has(s))).toBeGreaterThan(0);
    const multi = new Set(truth.topics.filter((t) => t.multi).map((t) => t.id));
    expect(count(truth.claims, (c) => multi.has(c.topic))).toBeGreaterThan(0);
  });

  it('reprints one origin’s statement in several outlets, under variant names and via intermediaries', () => {
    const outlets = new Map<string, Set<string>>();
    for (const c of truth.claims) {
      const key = `${c.topic}\u0000${c.origin}`;
      outlets.set(key, (outlets.get(key) ?? new Set()).add(c.source));
    }
    expect(count([...outlets.values()], (set) => set.size >= 3)).toBeGreaterThan(0);
    const aliases = new Set(Object.values(defaultCorpus.config.aliases).flat());
    expect(count(claims, ({ claim }) => claim.by !== undefined && aliases.has(claim.by))).toBeGreaterThan(0);
    expect(count(claims, ({ claim }) => claim.via.length > 0)).toBeGreaterThan(0);
    expect(count(claims, ({ claim }) => claim.by === undefined)).toBeGreaterThan(0);
  });

  it('has hedged quotes, standing claims and corpus-wide keys', () => {
    expect(count(claims, ({ claim }) => /reportedly|allegedly|unconfirmed|could not be independently verified/.test(claim.quote ?? ''))).toBeGreaterThan(0);
    expect(count(claims, ({ claim }) => claim.event === undefined)).toBeGreaterThan(0);
    expect(count(files.flatMap((f) => f.events), (e) => e.key !== undefined)).toBeGreaterThan(0);
  });
});
