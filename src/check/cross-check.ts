import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';
import type { CheckResult, EventGroup, Topic } from './result.js';
import { createNormaliser, type Normaliser } from '../normalise/normaliser.js';
import { TokenWeights } from '../normalise/idf.js';
import { groupEvents } from '../group/events.js';
import { placeLexicon } from '../group/place-lexicon.js';
import { groupTopics, multiTopicKeys, type TopicContext } from '../group/topics.js';
import { createAnswerIndexer } from '../compare/answer-index.js';
import { createAnswerComparer } from '../compare/compatible.js';
import { createOriginResolver } from '../compare/origins.js';
import { createTopicBuilder } from './claim-topic.js';
import { buildDateTopic } from './date-topic.js';
import { draftGroups } from './event-groups.js';
import { indexCorpus, type ClaimItem } from './items.js';
import { sourceSummaries, summarise } from './summary.js';
import { compareTopics } from './order.js';

/** How the cross-check runs. */
export interface CrossCheckOptions {
  /** Days two reports of one event may differ by and still be grouped (default 1). */
  dateToleranceDays: number;
  /** Record why groups were joined and which pairs almost were (`--explain`). */
  explain: boolean;
}

export const DEFAULT_CROSS_CHECK_OPTIONS: CrossCheckOptions = { dateToleranceDays: 1, explain: false };

// Document frequencies over the distinct texts of the corpus (each `about`, each answer, counted once).
function corpusWeights(texts: Iterable<string>, normaliser: Normaliser): TokenWeights {
  const weights = new TokenWeights();
  for (const text of new Set(texts)) weights.add(normaliser.normalise(text).content);
  return weights;
}

/**
 * The cross-check (contract §2): normalise → group events → group topics → form positions → rate topics.
 * Pure: takes validated claim files (sorted by path) and returns the §3.1 result, deterministically ordered.
 * Without `options`, the configuration's `dateTolerance` (if it has one) sets the date tolerance.
 */
export function crossCheck(files: readonly ClaimFile[], config: CorpusConfig, options?: CrossCheckOptions): CheckResult {
  const settings: CrossCheckOptions = options ?? {
    ...DEFAULT_CROSS_CHECK_OPTIONS,
    ...(config.dateTolerance !== undefined ? { dateToleranceDays: config.dateTolerance } : {}),
  };
  // normalise
  const normaliser = createNormaliser(config);
  const { reports, claims } = indexCorpus(files);

  // group events
  const grouping = groupEvents(reports, normaliser, { toleranceDays: settings.dateToleranceDays, explain: settings.explain });
  const drafts = draftGroups(grouping, reports, settings.explain);

  // group topics: claims on an event go to its group, the others are standing claims
  const draftOfReport = new Map<string, number>();
  drafts.forEach((draft, d) => draft.reports.forEach((r) => draftOfReport.set(`${r.file.file}\u0000${r.event.id}`, d)));
  const claimsOfDraft: ClaimItem[][] = drafts.map(() => []);
  const standingClaims: ClaimItem[] = [];
  for (const item of claims) {
    const d = item.claim.event === undefined ? undefined : draftOfReport.get(`${item.file.file}\u0000${item.claim.event}`);
    if (d === undefined) standingClaims.push(item);
    else claimsOfDraft[d].push(item);
  }
  const topicContext: TopicContext = {
    normaliser,
    weights: corpusWeights(
      claims.map((item) => item.claim.about),
      normaliser,
    ),
    multi: multiTopicKeys(config.topics, normaliser),
    places: placeLexicon(
      reports.flatMap((r) => (r.event.place === undefined ? [] : [r.event.place])),
      normaliser,
    ),
  };

  // form positions and rate topics
  // Every origin resolved once in corpus order, so that each is shown under the name of its first claim.
  const namedOrigins = [...files.map((f) => f.source.outlet), ...claims.flatMap((c) => (c.claim.by === undefined ? [] : [c.claim.by]))];
  const originOf = createOriginResolver(
    normaliser,
    [...namedOrigins, ...Object.entries(config.aliases).flat(2)],
    files.map((f) => f.source.outlet),
  );
  for (const item of claims) originOf(item.claim.by, item.file.source.outlet);
  const outletKey = (outlet: string) => originOf(undefined, outlet).key;
  const answerWeights = corpusWeights(
    claims.map((item) => String(item.claim.says)),
    normaliser,
  );
  const buildTopic = createTopicBuilder({
    normaliser,
    originOf,
    agree: createAnswerComparer(config.compatible, normaliser, answerWeights),
    indexAnswers: createAnswerIndexer(config.compatible, normaliser, answerWeights),
  });
  const topicsOf = (items: ClaimItem[]): Topic[] => groupTopics(items, topicContext).map(buildTopic);

  const events: EventGroup[] = drafts.map((draft, d) => {
    const topics = topicsOf(claimsOfDraft[d]);
    const dateTopic = buildDateTopic(draft.reports, outletKey);
    if (dateTopic) topics.push(dateTopic);
    const { explain, ...group } = draft.group;
    return { ...group, topics: topics.sort(compareTopics), ...(explain ? { explain } : {}) };
  });
  const standing = topicsOf(standingClaims).sort(compareTopics);

  return {
    schemaVersion: 1,
    summary: summarise(files, claims.length, events, standing, reports.length),
    events,
    standing,
    sources: sourceSummaries(files),
  };
}
