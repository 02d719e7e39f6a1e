import type { OriginKey } from './origins.js';
import type { TermKey } from './terms.js';
import type { EventTopicKey } from './topics.js';

/** A kind of incident: how outlets headline it, who takes part, who speaks about it, what is asked. */
export interface EventType {
  id: string;
  /** Paraphrases of the event's title; `{place}` is the place as the article writes it. */
  titles: readonly string[];
  /** The forces taking part; each report lists some of them in its own words. */
  actors: readonly TermKey[];
  /** Who makes statements about this kind of event. */
  origins: readonly OriginKey[];
  /** The questions reports of it answer; the first ones are the most often asked. */
  topics: readonly EventTopicKey[];
  weight: number;
}

/** The kinds of incident in the synthetic region. */
export const EVENT_TYPES: readonly EventType[] = [
  {
    id: 'checkpoint-clash',
    titles: [
      'US patrol clashes with pro-government fighters at a checkpoint in {place}',
      'Clash between US forces and NDF at {place} checkpoint',
      'Exchange of fire at a checkpoint near {place}',
      'US troops and regime militia trade fire in {place}',
      'Deadly clash at a government checkpoint in {place}',
    ],
    actors: ['usForces', 'ndf', 'russianMp', 'villagers'],
    origins: ['sana', 'coalition', 'sohr', 'hawar', 'neNetwork', 'ruMod'],
    topics: ['killed', 'manKilled', 'patrolFiredOn', 'injured', 'firedFirst', 'airstrikes', 'actorsPresent'],
    weight: 3,
  },
  {
    id: 'patrol-blocked',
    titles: [
      'US forces block a Russian patrol near {place}',
      'Russian convoy turned back by US troops at {place}',
      'American troops stop Russian military police patrol on the road to {place}',
      'US soldiers prevent Russian patrol from reaching {place}',
    ],
    actors: ['usForces', 'russianMp', 'sdf'],
    origins: ['sohr', 'ruMod', 'coalition', 'northPress', 'hawar'],
    topics: ['patrolTurnedBack', 'russianVehicles', 'usVehicles', 'hoursBlocked', 'russianUnit', 'actorsPresent'],
    weight: 4,
  },
  {
    id: 'protest',
    titles: [
      'Villagers protest a Russian patrol in {place}',
      'Residents of {place} pelt Russian convoy with stones',
      'Protest against Russian patrol near {place}',
      'Locals block Russian armoured vehicles in {place}',
    ],
    actors: ['villagers', 'russianMp', 'usForces'],
    origins: ['hawar', 'sohr', 'ruMod', 'northPress', 'sana'],
    topics: ['protested', 'russianVehicles', 'injured', 'russianUnit', 'actorsPresent'],
    weight: 3,
  },
  {
    id: 'standoff',
    titles: [
      'Russian and US convoys face off outside {place}',
      'Standoff between US and Russian patrols near {place}',
      'US and Russian troops in tense encounter at {place}',
      'American and Russian convoys block each other on the road near {place}',
    ],
    actors: ['usForces', 'russianMp', 'sdf'],
    origins: ['sohr', 'ruMod', 'coalition', 'northPress', 'stateDept'],
    topics: ['hoursBlocked', 'usVehicles', 'russianVehicles', 'russianUnit', 'actorsPresent'],
    weight: 3,
  },
  {
    id: 'shelling',
    titles: [
      'Turkish artillery shells {place}',
      'Shelling hits {place}',
      'Turkish-backed factions shell villages around {place}',
      'Artillery fire on {place} damages homes',
    ],
    actors: ['turkishArmy', 'sna', 'sdf'],
    origins: ['sdf', 'trMod', 'sohr', 'redCrescent', 'hawar', 'sna'],
    topics: ['killed', 'housesDamaged', 'injured', 'responsibility'],
    weight: 4,
  },
  {
    id: 'drone-strike',
    titles: [
      'Drone strike on a car in {place}',
      'Turkish drone targets vehicle near {place}',
      'Deadly drone attack near {place}',
      'Drone hits a car on the road outside {place}',
    ],
    actors: ['turkishArmy', 'sdf', 'asayish'],
    origins: ['sdf', 'asayish', 'sohr', 'trMod', 'hawar'],
    topics: ['killed', 'target', 'injured', 'manKilled', 'responsibility'],
    weight: 3,
  },
  {
    id: 'roadside-bomb',
    titles: [
      'Roadside bomb explodes near {place}',
      'IED targets SDF vehicle in {place}',
      'Explosive device hits a military vehicle outside {place}',
    ],
    actors: ['sdf', 'isis', 'asayish'],
    origins: ['asayish', 'sohr', 'amaq', 'sdf'],
    topics: ['killed', 'responsibility', 'injured'],
    weight: 2,
  },
  {
    id: 'raid',
    titles: [
      'SDF raid in {place} detains ISIS suspects',
      'Security operation in {place}',
      'Coalition-backed raid on a house in {place}',
      'Asayish arrest campaign in {place}',
    ],
    actors: ['sdf', 'coalition', 'asayish', 'isis'],
    origins: ['sdf', 'coalition', 'sohr', 'asayish', 'sana'],
    topics: ['arrested', 'killed', 'actorsPresent'],
    weight: 2,
  },
  {
    id: 'base',
    titles: [
      'Russian forces set up a position at {place}',
      'Russia attempts to establish a base in {place}',
      'Russian troops move into {place}',
    ],
    actors: ['russianForces', 'russianMp', 'syrianArmy', 'usForces'],
    origins: ['sohr', 'ruMod', 'sana', 'coalition', 'kremlin'],
    topics: ['baseEstablished', 'russianVehicles', 'russianUnit'],
    weight: 2,
  },
  {
    id: 'crop-fire',
    titles: [
      'Fire destroys wheat fields in {place}',
      'Crops burned in {place}',
      'Blaze sweeps through farmland near {place}',
    ],
    actors: ['firefighters', 'villagers'],
    origins: ['civilDefence', 'sohr', 'hawar', 'sana'],
    topics: ['hectares', 'fireCause'],
    weight: 2,
  },
];
