import type { ClaimFile } from '../model/claim-file.js';
import { dateOf, dayText } from './dates.js';
import type { Random } from './random.js';
import type { World, WorldEvent } from './world.js';
import { planArticles, type ArticlePlan } from './article-plan.js';
import { ownPosition, type TopicInstance } from './topic-instance.js';
import { writeReport, type ReportContext, type WrittenReport } from './report-writer.js';
import { writeClaim, type ClaimSetting, type Speaker, type WrittenClaim } from './claim-writer.js';
import { claimFileLines } from './yaml-writer.js';
import type { ClaimTruth, ReportTruth } from './truth.js';
import { slugify, uniqueSlug } from './slug.js';

/** One generated claim file with the truth about its reports and claims. */
export interface WrittenArticle {
  file: ClaimFile;
  reports: ReportTruth[];
  claims: ClaimTruth[];
}

const MIN_CLAIMS = 3;
const MAX_CLAIMS = 15;
const SUFFIXES = ['', '', ': reports', ', monitor says', ', sources say', ' – local media'];
const ANALYSIS_HEADLINES = [
  'US and Russian forces jostle for position in north-east Syria',
  'Analysis: who controls the roads of al-Hasakah',
  'Why US troops are still in Syria',
  'Russia expands its footprint east of the Euphrates',
  'The oil fields at the heart of the north-east',
];
const AUTHORS = ['Lina Haddad', 'Karwan Aziz', 'Omar Sheikhmous', 'Mariam Nasser', 'Daniel Foster', 'Yusuf Demir', 'Anna Volkova'];

class ArticleWriter {
  readonly eventIds = new Set<string>();
  readonly claimIds = new Set<string>();
  private readonly spoken = new Set<string>();

  constructor(readonly rng: Random, readonly plan: ArticlePlan) {}

  /** Who speaks on a topic next: a statement not yet reported here, or the outlet itself. */
  speaker(topic: TopicInstance): Speaker | undefined {
    const { rng, plan } = this;
    const fresh = topic.voices.filter((v) => !this.spoken.has(this.key(topic, v.origin, v.position)));
    const voice = fresh.length > 0 && !rng.chance(0.25) ? rng.pick(fresh) : undefined;
    const speaker: Speaker =
      voice && voice.origin !== plan.outlet.name
        ? { own: false, voice }
        : { own: true, position: voice?.position ?? ownPosition(rng, topic, plan.outlet.name) };
    const origin = speaker.own ? plan.outlet.name : speaker.voice.origin;
    const position = speaker.own ? speaker.position : speaker.voice.position;
    const key = this.key(topic, origin, position);
    if (this.spoken.has(key)) return undefined;
    this.spoken.add(key);
    return speaker;
  }

  claim(setting: ClaimSetting, topic: TopicInstance): WrittenClaim | undefined {
    const speaker = this.speaker(topic);
    return speaker && writeClaim(this.rng, setting, topic, speaker, this.claimIds);
  }

  // One origin gives one answer per topic; in a multi topic it may give several.
  private key(topic: TopicInstance, origin: string, position: string): string {
    return topic.multi ? `${topic.id}\u0000${origin}\u0000${position}` : `${topic.id}\u0000${origin}`;
  }
}

function eventSetting(writer: ArticleWriter, report: WrittenReport, event: WorldEvent): ClaimSetting {
  const { plan } = writer;
  return {
    outlet: plan.outlet,
    published: plan.published,
    event: { localId: report.record.id, trueEvent: event.id, day: event.day, placeName: report.placeName },
  };
}

// The main story gets several topics, some with two voices; a recalled event gets one claim.
function eventClaims(writer: ArticleWriter, setting: ClaimSetting, event: WorldEvent, main: boolean): WrittenClaim[] {
  const { rng } = writer;
  const count = main ? rng.int(Math.min(2, event.topics.length), event.topics.length) : 1;
  const claims: WrittenClaim[] = [];
  for (const topic of rng.sample(event.topics, count)) {
    const voices = main && rng.chance(0.45) ? 2 : 1;
    for (let i = 0; i < voices; i += 1) {
      const claim = writer.claim(setting, topic);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function standingClaims(writer: ArticleWriter, world: World, count: number): WrittenClaim[] {
  const setting: ClaimSetting = { outlet: writer.plan.outlet, published: writer.plan.published };
  const claims: WrittenClaim[] = [];
  for (const topic of writer.rng.sample(world.standing, world.standing.length)) {
    if (claims.length >= count) break;
    const claim = writer.claim(setting, topic);
    if (claims.length < count && claim) claims.push(claim);
  }
  return claims;
}

// Keeps a file between 3 and 15 claims, topping up from its main story first, then from standing
// topics; every event the file lists keeps at least one claim.
function fitClaims(writer: ArticleWriter, world: World, mainSetting: ClaimSetting | undefined, perEvent: WrittenClaim[][], standing: WrittenClaim[]): WrittenClaim[] {
  const total = () => perEvent.reduce((sum, list) => sum + list.length, 0) + standing.length;
  const main = writer.plan.events[0];
  if (main && mainSetting) {
    for (const topic of writer.rng.sample(main.topics, main.topics.length)) {
      if (total() >= MIN_CLAIMS) break;
      const claim = writer.claim(mainSetting, topic);
      if (claim) perEvent[0].push(claim);
    }
  }
  if (total() < MIN_CLAIMS) standing.push(...standingClaims(writer, world, MIN_CLAIMS - total()));
  while (total() > MAX_CLAIMS && standing.length > 0) standing.pop();
  for (let i = perEvent.length - 1; i >= 0 && total() > MAX_CLAIMS; i -= 1) {
    while (perEvent[i].length > 1 && total() > MAX_CLAIMS) perEvent[i].pop();
  }
  return [...perEvent.flat(), ...standing];
}

function headline(writer: ArticleWriter, reports: WrittenReport[]): string {
  const { rng, plan } = writer;
  const main = plan.events[0];
  if (!main) return rng.pick(ANALYSIS_HEADLINES);
  const title = rng.pick(main.type.titles).replace('{place}', reports[0].placeName);
  return `${title}${rng.pick(SUFFIXES)}`;
}

function writeArticle(context: ReportContext, world: World, plan: ArticlePlan, sourceIds: Set<string>): WrittenArticle {
  const writer = new ArticleWriter(context.rng, plan);
  const reports = plan.events.map((event) => writeReport(context, event, plan.published, writer.eventIds));
  const settings = plan.events.map((event, index) => eventSetting(writer, reports[index], event));
  const perEvent = plan.events.map((event, index) => eventClaims(writer, settings[index], event, index === 0));
  const claims = fitClaims(writer, world, settings[0], perEvent, standingClaims(writer, world, plan.standing));
  const title = headline(writer, reports);
  const published = dayText(plan.published);
  const id = uniqueSlug(`${plan.outlet.slug}-${published}-${slugify(title, 40)}`, sourceIds);
  const file: ClaimFile = {
    file: `claims/${published.slice(0, 7)}/${id}.yaml`,
    source: {
      id,
      outlet: plan.outlet.name,
      title,
      published: dateOf(published),
      author: context.rng.chance(0.4) ? context.rng.pick(AUTHORS) : undefined,
      url: `https://${plan.outlet.slug}.example/${published.slice(0, 4)}/${published.slice(5, 7)}/${slugify(title, 60)}`,
      language: plan.outlet.language,
      lean: plan.outlet.lean,
      line: 0,
    },
    events: reports.map((r) => r.record),
    claims: claims.map((c) => c.record),
  };
  const layout = claimFileLines(file);
  file.source.line = layout.sourceLine;
  file.events.forEach((event, i) => (event.line = layout.eventLines[i]));
  file.claims.forEach((claim, i) => (claim.line = layout.claimLines[i]));
  return {
    file,
    reports: reports.map((r) => ({ source: id, ...r.truth })),
    claims: claims.map((c) => ({ source: id, ...c.truth })),
  };
}

/** Writes every planned article as a claim file, with the truth about what it reports. */
export function writeArticles(rng: Random, world: World, declaredSpellings: ReadonlySet<string>): WrittenArticle[] {
  const placeDays = new Map<string, number[]>();
  for (const event of world.events) {
    const days = placeDays.get(event.place.id) ?? [];
    days.push(event.day);
    placeDays.set(event.place.id, days);
  }
  const context: ReportContext = { rng, declaredSpellings, placeDays };
  const sourceIds = new Set<string>();
  return planArticles(rng, world).map((plan) => writeArticle(context, world, plan, sourceIds));
}
