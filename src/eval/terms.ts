/**
 * A name for one thing (a force, an answer) and the other ways articles write it.
 * `aliases` are declared in the generated configuration; `spellings` are left to fuzzy matching.
 */
export interface Term {
  canonical: string;
  aliases: readonly string[];
  spellings: readonly string[];
  /** Answers that differ from this one but do not contradict it: declared as `compatible` pairs. */
  compatible: readonly string[];
}

function term(canonical: string, aliases: string[] = [], spellings: string[] = [], compatible: string[] = []): Term {
  return { canonical, aliases, spellings, compatible };
}

/** Forces, groups and answers, as news writers name them. */
export const TERMS = {
  usForces: term('US forces', ['US troops', 'American forces', 'American troops']),
  coalition: term('Global Coalition', ['US-led coalition']),
  russianMp: term('Russian military police', ['Russian MPs'], ['military police', 'Russian military policemen']),
  russianForces: term('Russian forces', [], ['Russian army units']),
  contractors: term('Russian military contractors', ['Wagner contractors', 'private military contractors'], ['Russian private contractors', 'Russian contractors']),
  specialForces: term('Russian special forces', ['Russian spetsnaz'], ['special forces']),
  ndf: term('National Defense Force', ['NDF']),
  syrianArmy: term('Syrian army', ['Syrian Arab Army', 'regime forces', 'Syrian government forces']),
  sdf: term('SDF', ['Syrian Democratic Forces']),
  asayish: term('Asayish', ['Kurdish internal security forces']),
  turkishArmy: term('Turkish army', ['Turkish forces', 'Turkish Armed Forces']),
  sna: term('Syrian National Army', ['SNA', 'Turkish-backed Syrian National Army']),
  isis: term('ISIS', ['Islamic State', 'Daesh'], ['ISIS cells']),
  villagers: term('villagers', ['local residents', 'residents']),
  firefighters: term('civil defence teams', ['firefighters']),
  // Answers
  civilian: term('civilian', [], ['a civilian', 'civilian resident'], ['shepherd']),
  ndfFighter: term('NDF fighter', ['NDF member', 'National Defense Force member', 'pro-government militiaman'], [], ['pro-government forces']),
  syrianSoldier: term('Syrian army soldier', [], ['soldier of the Syrian army', 'Syrian soldier']),
  progovFighters: term('pro-government fighters', ['regime militia'], ['pro-regime fighters']),
  turkishFactions: term('Turkish-backed factions', [], ['Turkish-backed militants'], ['Syrian National Army']),
  sdfCommander: term('SDF commander', [], ['senior SDF commander', 'Syrian Democratic Forces commander']),
  civilianCar: term('civilian car', ['civilian vehicle'], ['civilian cars']),
  pkkCadre: term('PKK cadre', [], ['PKK cadres', 'senior PKK cadre']),
  arson: term('arson', [], ['deliberate arson', 'arson attack']),
  turkishShelling: term('Turkish shelling', [], ['shelling by Turkish forces', 'Turkish artillery shelling']),
  accident: term('accident', ['electrical fault'], ['accidental fire']),
  protectOil: term('protect oil fields', [], ['protecting the oil fields', 'protect the oil fields']),
  fightIsis: term('fight ISIS', [], ['fight Islamic State', 'fighting ISIS']),
  counterIran: term('counter Iran', [], ['countering Iran']),
} as const satisfies Record<string, Term>;

/** The key of a term in `TERMS`. */
export type TermKey = keyof typeof TERMS;
