import type { TermKey } from './terms.js';

/** One way to word a topic's question; `declared` ones are configured as aliases of the first. */
export interface About {
  text: string;
  declared: boolean;
}

/** The kind of answers a topic takes, with the words that carry them. Quotes use `{n}`, `{answer}`, `{place}`. */
export type AnswerSpec =
  | { kind: 'count'; pool: readonly number[]; quotes: readonly string[] }
  | { kind: 'polar'; positive: readonly string[]; negative: readonly string[]; quotesYes: readonly string[]; quotesNo: readonly string[] }
  | { kind: 'choice'; classes: readonly TermKey[]; quotes: readonly string[] }
  | { kind: 'multi'; classes: readonly TermKey[]; quotes: readonly string[] };

/** A question articles answer, in the several ways they word it. */
export interface TopicFamily {
  id: string;
  abouts: readonly About[];
  answer: AnswerSpec;
}

function abouts(...texts: string[]): About[] {
  // A leading `=` marks a paraphrase the configuration declares; the others are left to matching.
  return texts.map((text) => (text.startsWith('=') ? { text: text.slice(1), declared: true } : { text, declared: false }));
}

const CASUALTY_POOL = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 40];

/** Questions about events. */
export const EVENT_TOPICS = {
  killed: {
    id: 'killed',
    abouts: abouts('number killed', 'number of people killed', 'how many were killed', 'people killed', '=death toll', '=number of dead'),
    answer: { kind: 'count', pool: CASUALTY_POOL, quotes: ['the attack left {n} dead', '{n} killed in the attack', 'killing {n} people', 'the death toll rose to {n}'] },
  },
  injured: {
    id: 'injured',
    abouts: abouts('number injured', 'number of people injured', 'how many were injured', 'people injured', '=number wounded', '=people wounded'),
    answer: { kind: 'count', pool: CASUALTY_POOL, quotes: ['{n} injured', 'wounding {n} others', '{n} people were taken to hospital with injuries'] },
  },
  arrested: {
    id: 'arrested',
    abouts: abouts('number arrested', 'number of people arrested', 'how many were arrested', '=number detained', '=detainees'),
    answer: { kind: 'count', pool: [3, 5, 8, 10, 12, 15, 20, 30, 40, 60], quotes: ['{n} suspects were arrested', 'detaining {n} people', 'the raid ended with {n} arrests'] },
  },
  usVehicles: {
    id: 'us-vehicles',
    abouts: abouts('number of US vehicles', 'US vehicles in the convoy', 'how many US armoured vehicles', '=size of the US convoy'),
    answer: { kind: 'count', pool: [2, 3, 4, 5, 6, 8, 10, 12, 15, 20], quotes: ['a US convoy of {n} armoured vehicles', '{n} US vehicles took part'] },
  },
  russianVehicles: {
    id: 'russian-vehicles',
    abouts: abouts('number of Russian vehicles', 'Russian vehicles in the convoy', 'how many Russian armoured vehicles', '=size of the Russian convoy'),
    answer: { kind: 'count', pool: [2, 3, 4, 5, 6, 8, 10, 12, 15, 20], quotes: ['a Russian column of {n} vehicles', '{n} Russian armoured vehicles'] },
  },
  hoursBlocked: {
    id: 'hours-blocked',
    abouts: abouts('hours the road was blocked', 'how many hours the road was blocked', '=duration of the road closure in hours'),
    answer: { kind: 'count', pool: [1, 2, 3, 4, 5, 6, 8], quotes: ['blocking traffic for {n} hours', 'the road stayed closed for {n} hours'] },
  },
  housesDamaged: {
    id: 'houses-damaged',
    abouts: abouts('number of houses damaged', 'houses damaged', '=how many homes were damaged', '=homes damaged'),
    answer: { kind: 'count', pool: [2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30], quotes: ['{n} houses were damaged', 'damaging {n} homes'] },
  },
  hectares: {
    id: 'hectares',
    abouts: abouts('hectares burned', 'hectares of crops burned', '=area burned in hectares'),
    answer: { kind: 'count', pool: [5, 10, 20, 40, 60, 100, 150, 250, 500], quotes: ['the fire consumed {n} hectares of wheat', '{n} hectares of crops were lost'] },
  },
  airstrikes: {
    id: 'airstrikes',
    abouts: abouts('US airstrikes on the village', 'US airstrikes', 'airstrikes by US aircraft'),
    answer: {
      kind: 'polar',
      positive: ['airstrikes', 'US airstrikes'],
      negative: ['no airstrikes', 'there were no airstrikes', 'denied'],
      quotesYes: ['US aircraft launched airstrikes on the village', 'coalition jets struck the area'],
      quotesNo: ['no aircraft were involved', 'denied that any airstrike took place'],
    },
  },
  patrolFiredOn: {
    id: 'patrol-fired-on',
    abouts: abouts('US patrol came under fire', 'whether the US patrol came under fire', 'fire on the US patrol'),
    answer: {
      kind: 'polar',
      positive: ['came under fire', 'patrol came under fire'],
      negative: ['did not come under fire', 'denied'],
      quotesYes: ['the US patrol came under small arms fire', 'gunmen opened fire on the patrol'],
      quotesNo: ['the patrol was never fired upon', 'no shots were fired at the patrol'],
    },
  },
  patrolTurnedBack: {
    id: 'patrol-turned-back',
    abouts: abouts('Russian patrol turned back', 'whether the Russian patrol was turned back', 'turning back of the Russian patrol'),
    answer: {
      kind: 'polar',
      positive: ['turned back', 'patrol turned back'],
      negative: ['not turned back', 'denied'],
      quotesYes: ['the Russian patrol returned to its base after being stopped', 'US troops forced the Russian convoy to turn back'],
      quotesNo: ['the patrol continued on its planned route', 'reports that the patrol was stopped are false'],
    },
  },
  protested: {
    id: 'protested',
    abouts: abouts('villagers protested', 'protest by villagers', 'whether villagers protested against the patrol'),
    answer: {
      kind: 'polar',
      positive: ['protested', 'villagers protested'],
      negative: ['did not protest', 'no protest', 'denied'],
      quotesYes: ['villagers protested against the Russian patrol', 'residents threw stones at the armoured vehicles'],
      quotesNo: ['no protest took place', 'the patrol passed without incident'],
    },
  },
  baseEstablished: {
    id: 'base-established',
    abouts: abouts('Russian base established', 'Russian base set up in the village', 'establishment of a Russian base'),
    answer: {
      kind: 'polar',
      positive: ['base established', 'established'],
      negative: ['no base', 'not established', 'denied'],
      quotesYes: ['Russian forces set up a new position in {place}', 'Russia established a base in {place}'],
      quotesNo: ['Russia withdrew from {place} without setting up a base', 'no Russian base exists in {place}'],
    },
  },
  manKilled: {
    id: 'man-killed',
    abouts: abouts('identity of the man killed', 'identity of the person killed', '=who the man killed was', '=identity of the dead man'),
    answer: { kind: 'choice', classes: ['civilian', 'ndfFighter', 'syrianSoldier'], quotes: ['the man killed was “{answer}”', 'the dead man was described as {answer}'] },
  },
  firedFirst: {
    id: 'fired-first',
    abouts: abouts('who fired first', 'which side fired first', '=who started the shooting'),
    answer: { kind: 'choice', classes: ['usForces', 'progovFighters', 'villagers'], quotes: ['the first shots came from {answer}', '{answer} opened fire first'] },
  },
  russianUnit: {
    id: 'russian-unit',
    abouts: abouts('identity of the Russian forces', 'which Russian forces were involved', '=type of Russian troops'),
    answer: { kind: 'choice', classes: ['russianMp', 'contractors', 'specialForces'], quotes: ['the Russians were {answer}', 'the convoy was made up of {answer}'] },
  },
  responsibility: {
    id: 'responsibility',
    abouts: abouts('who carried out the attack', 'who was behind the attack', '=responsibility for the attack', '=perpetrator of the attack'),
    answer: { kind: 'choice', classes: ['isis', 'turkishFactions', 'turkishArmy'], quotes: ['{answer} carried out the attack', 'the attack was blamed on {answer}'] },
  },
  target: {
    id: 'target',
    abouts: abouts('target of the strike', 'who was targeted', '=target of the drone strike'),
    answer: { kind: 'choice', classes: ['sdfCommander', 'civilianCar', 'pkkCadre'], quotes: ['the drone targeted a {answer}', 'the strike hit a {answer}'] },
  },
  fireCause: {
    id: 'fire-cause',
    abouts: abouts('cause of the fire', 'what caused the fire', '=origin of the fire'),
    answer: { kind: 'choice', classes: ['arson', 'turkishShelling', 'accident'], quotes: ['the fire was caused by {answer}', 'blamed the blaze on {answer}'] },
  },
  actorsPresent: {
    id: 'actors-present',
    abouts: abouts('actors present', 'actors present at the scene', '=forces present', '=forces at the scene'),
    answer: { kind: 'multi', classes: ['usForces', 'russianMp', 'syrianArmy', 'sdf', 'asayish'], quotes: ['{answer} were at the scene', 'footage showed {answer} nearby'] },
  },
} as const satisfies Record<string, TopicFamily>;

/** The key of an event topic family. */
export type EventTopicKey = keyof typeof EVENT_TOPICS;

/** Questions about standing situations, not incidents (claims with no event). */
export const STANDING_TOPICS = {
  jointPatrols: {
    id: 'joint-patrols',
    abouts: abouts('joint patrols', 'joint US-Russian patrols', 'whether US and Russian forces conducted joint patrols', 'US-Russian joint patrols'),
    answer: {
      kind: 'polar',
      positive: ['joint patrols', 'conducted joint patrols'],
      negative: ['no joint patrols', 'there were no joint patrols', 'denied'],
      quotesYes: ['US and Russian forces had been conducting joint patrols in the area', 'the two armies patrolled together'],
      quotesNo: ['there have been no joint patrols between US and Russian forces', 'if there had been joint patrols, it would have been made public'],
    },
  },
  coordination: {
    id: 'coordination',
    abouts: abouts('US-Russian coordination', 'coordination between US and Russian forces', '=deconfliction between US and Russian forces'),
    answer: {
      kind: 'polar',
      positive: ['coordination', 'coordinated'],
      negative: ['no coordination', 'denied'],
      quotesYes: ['the two sides coordinate their movements through a hotline', 'the forces co-ordinate their missions'],
      quotesNo: ['the two sides do not co-ordinate their missions', 'there is no coordination on the ground'],
    },
  },
  baseQasrDib: {
    id: 'base-qasr-al-dib',
    abouts: abouts('Russian base in Qasr al-Dib', 'Russian plans for a base in Qasir al-Dib', 'Russian base at Qesirdib'),
    answer: {
      kind: 'polar',
      positive: ['base planned', 'planned'],
      negative: ['no base', 'not planned', 'denied'],
      quotesYes: ['Russia plans to establish a base in Qasir al-Dib', 'Russia has been negotiating a base near al-Malikiyah'],
      quotesNo: ['Russia withdrew from the village where it had attempted to set up a base', 'there are no plans for a base'],
    },
  },
  usTroops: {
    id: 'us-troops',
    abouts: abouts('US troop numbers in Syria', 'number of US troops in Syria', 'how many US troops remain in Syria', '=US soldiers in Syria'),
    answer: { kind: 'count', pool: [500, 600, 1000, 2000], quotes: ['the US will keep {n} soldiers in Syria', '{n} US troops remain in the country'] },
  },
  russianTroops: {
    id: 'russian-troops',
    abouts: abouts('Russian troop numbers in north-east Syria', 'number of Russian troops in north-east Syria', 'how many Russian troops are in north-east Syria'),
    answer: { kind: 'count', pool: [200, 300, 1500, 3000], quotes: ['Russia has deployed {n} military personnel to the north-east', '{n} Russian troops are stationed there'] },
  },
  semalka: {
    id: 'semalka-control',
    abouts: abouts('control of the Semalka crossing', 'who controls the Semalka crossing', 'who controls the Simalka border crossing'),
    answer: { kind: 'choice', classes: ['sdf', 'usForces'], quotes: ['the crossing is run by {answer}', '{answer} control the crossing'] },
  },
  usPurpose: {
    id: 'us-purpose',
    abouts: abouts('purpose of the US presence', 'purpose of the US military presence', '=why US forces remain in Syria', '=aims of the US deployment'),
    answer: { kind: 'multi', classes: ['protectOil', 'fightIsis', 'counterIran'], quotes: ['US forces are there to {answer}', 'the aim is to {answer}'] },
  },
} as const satisfies Record<string, TopicFamily>;

/** The key of a standing topic family. */
export type StandingTopicKey = keyof typeof STANDING_TOPICS;
