// A hand-made truth and results, with every expected count worked out by hand in the tests.
import type { ClaimTruth, Truth } from '../../src/eval/truth.js';
import { checkResult, claimRef, dateTopic, group, reportRef, topic } from './check-result-builders.js';

// Two true events. E1 is reported by s1, s2, s3 (s3 gives the next day); E2, a week later, by s4 and s5.
// E1's death toll: SOHR (reprinted by s1 and s2) and SANA say 1, the Global Coalition says 3.
function truthClaim(source: string, claim: string, topic: string, position: string, origin: string): ClaimTruth {
  return { source, claim, topic, position, origin, form: 'digits', byForm: 'canonical', via: false, hedged: false };
}

export const truth: Truth = {
  seed: 0,
  events: [
    { id: 'E1', type: 'checkpoint-clash', place: 'khirbet-amo', date: '2020-02-12' },
    { id: 'E2', type: 'checkpoint-clash', place: 'khirbet-amo', date: '2020-02-19' },
  ],
  reports: [
    { source: 's1', event: 'a', trueEvent: 'E1', written: '2020-02-12', dateForm: 'day', placeForm: 'canonical' },
    { source: 's2', event: 'a', trueEvent: 'E1', written: '2020-02-12', dateForm: 'day', placeForm: 'canonical' },
    { source: 's3', event: 'a', trueEvent: 'E1', written: '2020-02-13', dateForm: 'slip', placeForm: 'canonical' },
    { source: 's4', event: 'b', trueEvent: 'E2', written: '2020-02-19', dateForm: 'day', placeForm: 'canonical' },
    { source: 's5', event: 'b', trueEvent: 'E2', written: '2020-02-19', dateForm: 'day', placeForm: 'canonical' },
  ],
  claims: [
    truthClaim('s1', 'k1', 'E1/killed', 'n1', 'SOHR'),
    truthClaim('s2', 'k2', 'E1/killed', 'n1', 'SANA'),
    truthClaim('s3', 'k3', 'E1/killed', 'n3', 'Global Coalition'),
    truthClaim('s2', 'k4', 'E1/killed', 'n1', 'SOHR'),
    truthClaim('s4', 'k5', 'E2/killed', 'n2', 'SDF'),
    truthClaim('s5', 'k6', 'E2/killed', 'n5', 'Asayish'),
    truthClaim('s1', 'a1', 'E1/actors-present', 'usForces', 'Rudaw'),
    truthClaim('s3', 'a2', 'E1/actors-present', 'russianMp', 'SOHR'),
  ],
  topics: [
    { id: 'E1/killed', family: 'killed', event: 'E1', multi: false, positions: ['n1', 'n3'] },
    { id: 'E2/killed', family: 'killed', event: 'E2', multi: false, positions: ['n2', 'n5'] },
    { id: 'E1/actors-present', family: 'actors-present', event: 'E1', multi: true, positions: ['usForces', 'russianMp'] },
  ],
  dateConflicts: [
    { a: { source: 's1', event: 'a' }, b: { source: 's3', event: 'a' } },
    { a: { source: 's2', event: 'a' }, b: { source: 's3', event: 'a' } },
  ],
};

export const r = {
  s1: reportRef('s1', 'a'),
  s2: reportRef('s2', 'a'),
  s3: reportRef('s3', 'a', '2020-02-13'),
  s4: reportRef('s4', 'b', '2020-02-19'),
  s5: reportRef('s5', 'b', '2020-02-19'),
};
export const c = {
  k1: claimRef('s1', 'k1', 'SOHR'),
  k2: claimRef('s2', 'k2', 'SANA'),
  k3: claimRef('s3', 'k3', 'Global Coalition', 3),
  k4: claimRef('s2', 'k4', 'SOHR'),
  k5: claimRef('s4', 'k5', 'SDF', 2),
  k6: claimRef('s5', 'k6', 'Asayish', 5),
  a1: claimRef('s1', 'a1', 'Rudaw', 'US forces'),
  a2: claimRef('s3', 'a2', 'SOHR', 'Russian military police'),
};

export function perfectResult() {
  return checkResult([
    group('e1', [r.s1, r.s2, r.s3], [
      dateTopic([[r.s1, r.s2], [r.s3]]),
      topic('number killed', [[c.k1, c.k2, c.k4], [c.k3]]),
      topic('actors present', [[c.a1], [c.a2]], true),
    ]),
    group('e2', [r.s4, r.s5], [topic('number killed', [[c.k5], [c.k6]])]),
  ]);
}


// E1 and E2 merged into one group, their death tolls into one topic, their dates into one date topic.
export function mergedResult() {
  return checkResult([
    group('e1', [r.s1, r.s2, r.s3, r.s4, r.s5], [
      dateTopic([[r.s1, r.s2], [r.s3], [r.s4, r.s5]]),
      topic('number killed', [[c.k1, c.k2, c.k4], [c.k3], [c.k5], [c.k6]]),
      topic('actors present', [[c.a1], [c.a2]], true),
    ]),
  ]);
}
