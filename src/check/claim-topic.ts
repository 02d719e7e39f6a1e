import { classifyAnswer } from '../compare/answer.js';
import type { AnswerComparer, ReadAnswer } from '../compare/compatible.js';
import { countOrigins, type Origin } from '../compare/origins.js';
import { formPositions, type PositionIndex } from '../compare/positions.js';
import { topicStatus } from '../compare/status.js';
import type { TopicCluster } from '../group/topics.js';
import type { Answer } from '../model/claim-file.js';
import { detectHedge } from '../normalise/hedge.js';
import { isQuestionKind, type Normaliser } from '../normalise/normaliser.js';
import type { ClaimItem } from './items.js';
import { comparePositions } from './order.js';
import { claimRef } from './refs.js';
import type { Position, Topic } from './result.js';

/** What turning a topic's claims into positions needs of the corpus. */
export interface ClaimTopicContext {
  normaliser: Normaliser;
  originOf: (by: string | undefined, outlet: string) => Origin;
  agree: AnswerComparer;
  /** Makes the index that spares comparing each new answer with every position (`createAnswerIndexer`). */
  indexAnswers?: (answers: ReadonlyMap<string, ReadAnswer>, agree: (a: string, b: string) => boolean) => PositionIndex | undefined;
}

interface TopicWords {
  /**
   * The words of the topic's `about`s, question words out, that an answer restating the topic says yes with;
   * none when an `about` asks who, what, when, where or why (an answer naming the subject is no yes).
   */
  words: string[];
  key: string;
  /** An `about` asks for a number ("number killed", "how many"). */
  count: boolean;
}

function answerKey(says: Answer): string {
  return `${typeof says}:${String(says)}`;
}

/** Whether a claim is hedged: as written, else detected from its quote. */
export function claimHedged(item: ClaimItem): boolean {
  const { hedged, quote } = item.claim;
  return hedged ?? (quote !== undefined && detectHedge(quote));
}

/**
 * Makes the function that turns one topic's claims into a rated topic: answers read against the topic's own
 * words, positions formed (see `formPositions`), origins counted per position, hedging and status decided,
 * positions ordered. Readings of `about`s and answers are cached across topics.
 */
export function createTopicBuilder(context: ClaimTopicContext): (cluster: TopicCluster) => Topic {
  const { normaliser } = context;
  const topicWordsCache = new Map<string, TopicWords>();
  const answerCache = new Map<string, ReadAnswer>();

  function topicWords(cluster: TopicCluster): TopicWords {
    const abouts = [...new Set(cluster.claims.map((c) => c.claim.about))].sort();
    const cacheKey = abouts.join('\u0000');
    let cached = topicWordsCache.get(cacheKey);
    if (!cached) {
      const words = new Set<string>();
      let count = false;
      let open = false;
      for (const about of abouts) {
        for (const token of normaliser.normalise(about).content) {
          if (token === '?count') count = true;
          else if (isQuestionKind(token)) open = true;
          else words.add(token);
        }
      }
      const list = open ? [] : [...words].sort();
      cached = { words: list, key: `${count ? '#' : ''}${list.join(' ')}`, count };
      topicWordsCache.set(cacheKey, cached);
    }
    return cached;
  }

  function readAnswer(says: Answer, topic: TopicWords): ReadAnswer {
    const cacheKey = `${topic.key}\u0000${answerKey(says)}`;
    let read = answerCache.get(cacheKey);
    if (!read) {
      const cls = classifyAnswer(says, topic.words, normaliser, topic.count);
      read = { cls, normal: cls.kind === 'text' && !cls.negated ? cls.normal : normaliser.normalise(String(says)).text };
      answerCache.set(cacheKey, read);
    }
    return read;
  }

  return (cluster) => {
    const topic = topicWords(cluster);
    const keys = new Map<ClaimItem, string>();
    const answers = new Map<string, ReadAnswer>();
    for (const item of cluster.claims) {
      const key = answerKey(item.claim.says);
      keys.set(item, key);
      if (!answers.has(key)) answers.set(key, readAnswer(item.claim.says, topic));
    }
    const agree = (a: string, b: string) => context.agree(answers.get(a) as ReadAnswer, answers.get(b) as ReadAnswer);
    const groups =
      answers.size === 1
        ? [cluster.claims]
        : formPositions(cluster.claims, (item) => keys.get(item) as string, agree, context.indexAnswers?.(answers, agree));
    const positions: Position[] = groups.map((items) => {
      const origins = items.map((item) => context.originOf(item.claim.by, item.file.source.outlet));
      const hedges = items.map(claimHedged);
      return {
        says: items[0].claim.says,
        origins: countOrigins(origins.map((o) => o.key)),
        hedged: hedges.every(Boolean),
        claims: items.map((item, i) => claimRef(item, origins[i], hedges[i])),
      };
    });
    positions.sort(comparePositions);
    return {
      about: cluster.claims[0].claim.about,
      status: topicStatus(
        positions.map((p) => p.origins),
        cluster.multi,
      ),
      ...(cluster.multi ? { multi: true } : {}),
      positions,
    };
  };
}
