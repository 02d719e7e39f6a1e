import type { Random } from './random.js';
import { ORIGINS, type OriginKey } from './origins.js';
import type { TopicFamily } from './topics.js';
import { countClasses, pickCountValues, polarClasses, termClasses, type AnswerClass } from './answers.js';

/** One origin's answer on a topic: every outlet that reprints it reports the same position. */
export interface Voice {
  /** Canonical origin name. */
  origin: string;
  originKey: OriginKey;
  position: string;
}

/** A question of one event (or a standing one) with its true answers and who gives them. */
export interface TopicInstance {
  /** The true topic id. */
  id: string;
  family: TopicFamily;
  multi: boolean;
  classes: AnswerClass[];
  voices: Voice[];
  /** The position each outlet takes when it asserts an answer itself, fixed once chosen. */
  own: Map<string, string>;
}

function positionCount(rng: Random, multi: boolean): number {
  return multi
    ? rng.weighted([[1, 3], [2, 4], [3, 2]] as const)
    : rng.weighted([[1, 50], [2, 40], [3, 10]] as const);
}

function buildClasses(rng: Random, family: TopicFamily, count: number, firstValue?: number): AnswerClass[] {
  const spec = family.answer;
  switch (spec.kind) {
    case 'count':
      return countClasses(rng, pickCountValues(rng, spec.pool, count, firstValue));
    case 'polar': {
      const order: ('yes' | 'no')[] = rng.chance(0.65) ? ['yes', 'no'] : ['no', 'yes'];
      return polarClasses(spec.positive, spec.negative, order.slice(0, Math.min(count, 2)));
    }
    case 'choice':
      return termClasses(rng, rng.sample(spec.classes, count), true);
    case 'multi':
      return termClasses(rng, rng.sample(spec.classes, count), false);
  }
}

// The first class is the most widely held; each class has at least one origin behind it.
function assignVoices(rng: Random, classes: AnswerClass[], pool: readonly OriginKey[], multi: boolean): Voice[] {
  const extra = rng.int(0, 2);
  const origins = rng.sample(pool, Math.min(pool.length, classes.length + extra));
  const voices = origins.map((key, index) => {
    const position =
      index < classes.length
        ? classes[index].id
        : rng.weighted(classes.map((c, i) => [c.id, i === 0 ? 2 : 1] as const));
    return { origin: ORIGINS[key].name, originKey: key, position };
  });
  if (multi) {
    // In a multi topic one origin may name several of the answers (several forces present).
    for (const answerClass of classes) {
      if (!rng.chance(0.3)) continue;
      const key = rng.pick(origins);
      if (!voices.some((v) => v.originKey === key && v.position === answerClass.id)) {
        voices.push({ origin: ORIGINS[key].name, originKey: key, position: answerClass.id });
      }
    }
  }
  return voices;
}

/** Creates a topic of an event (or a standing one): its answer classes and the origins behind each. */
export function makeTopicInstance(
  rng: Random,
  id: string,
  family: TopicFamily,
  originPool: readonly OriginKey[],
  firstValue?: number,
): TopicInstance {
  const multi = family.answer.kind === 'multi';
  const classes = buildClasses(rng, family, positionCount(rng, multi), firstValue);
  return { id, family, multi, classes, voices: assignVoices(rng, classes, originPool, multi), own: new Map() };
}

/** The position an outlet takes when it asserts an answer itself: its own statement's, if it made one. */
export function ownPosition(rng: Random, topic: TopicInstance, outletName: string): string {
  const known = topic.own.get(outletName) ?? topic.voices.find((v) => v.origin === outletName)?.position;
  if (known !== undefined) {
    topic.own.set(outletName, known);
    return known;
  }
  const position = rng.weighted(topic.classes.map((c, i) => [c.id, i === 0 ? 3 : 1] as const));
  topic.own.set(outletName, position);
  return position;
}
