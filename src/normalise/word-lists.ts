/**
 * The words the normaliser treats specially, written in folded form (lower case, no diacritics).
 * Matching keys are compared after stemming, so the lists are stemmed when they are built.
 */
import { stemToken } from './stem.js';

function stemmedSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(stemToken));
}

/** Function words and filler that carry no meaning of their own in a topic, title or answer. */
export const STOP_WORDS = stemmedSet(`
  a an the al el of to in on at for by with from into onto upon about over under between among and or nor but
  as than that this these those there here it its their theirs his her hers him he she they them we our you your
  i me my is are was were be been being am do does did done has have had having will would shall should can could
  may might must also very just so such then which what whom whose
  took take taken takes taking place places held conducted conduct carried carry out made make occurred occur
  happened happen reported report reports said say says stated according
  some any each every all both either neither other another same own more most much many
  man men person persons people individual individuals one ones
  s t
`);

/** Question words and the kind of answer they ask for; two topics asking for different kinds never meet. */
export const QUESTION_KINDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['count', 'number numbers count howmany amount total tally'],
      ['who', 'who identity identities whom which what type'],
      ['when', 'when date'],
      ['where', 'where location whereabouts'],
      ['why', 'why reason reasons motive'],
      ['often', 'frequency howoften often'],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((word) => [stemToken(word), kind] as [string, string])),
);

/** Words that only frame a yes/no question: "whether", "if". */
export const YES_NO_WORDS = stemmedSet('whether if');

/** Phrases every corpus shares, rewritten to one token before the configured aliases apply. */
export const BUILT_IN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['how many', 'howmany'],
  ['how often', 'howoften'],
  ['united states', 'us'],
  ['united states of america', 'us'],
  ['usa', 'us'],
  ['american', 'us'],
  ['americans', 'us'],
  ['united nations', 'un'],
  ['united kingdom', 'uk'],
];

/** Words that say only what kind of place a name is; dropped from places. */
export const PLACE_FILLER = stemmedSet(`
  village villages town towns city cities countryside rural province provinces governorate district districts
  subdistrict region area areas outskirts vicinity near nearby outside around close just inside within
  north south east west northern southern eastern western northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern north-east north-west south-east south-west
  central centre center suburb suburbs neighbourhood neighborhood countryside-of km kilometres kilometers miles
`);

/** Words that make a place an area around a name rather than the spot it names ("rural Derik", "Hasakah province"). */
export const REGION_WORDS = stemmedSet('countryside rural province provinces governorate district districts subdistrict region');

/** Words that name a feature at a place; they weigh little when places are compared. */
export const PLACE_FEATURES = stemmedSet(`
  road roads highway motorway street junction crossing crossroads intersection border frontier checkpoint
  base airbase airport bridge dam field fields farm entrance gate exit hill mount mountain river valley camp
  station plant square market school hospital mosque
`);

/** Courtesy and rank titles dropped from a person's name when it is an origin. */
export const HONORIFICS = stemmedSet(`
  mr mrs ms dr prof col colonel gen general lt lieutenant maj major capt captain sgt sergeant adm admiral
  cmdr commander brig brigadier sheikh sheik imam
`);

/** Words that make a name the name of an organisation ("… Research Centre", "Ministry of …", "… News Agency"). */
export const ORGANISATION_WORDS = stemmedSet(`
  agency ministry department office observatory centre center council committee coalition network institute
  institution foundation organisation organization association union party front army forces command media news
  press service services authority administration government commission brigade battalion division corps court
  company university monitor channel radio tv broadcaster newspaper
`);

/**
 * Words that make the word before them a sponsor, not the one acting: "Turkish-backed factions" are not the
 * Turkish army, "US-led coalition" is not US forces. In answers, sponsor and word are read as one token.
 */
export const SPONSOR_WORDS = stemmedSet('backed led sponsored supported affiliated linked allied funded trained');

/**
 * Role nouns: beside a named group they say what a person was in it, not who it was ("NDF fighter", "member
 * of the NDF" and "NDF militiaman" are one answer).
 */
export const ROLE_NOUNS = stemmedSet(`
  fighter fighters member members militiaman militiamen militant militants soldier soldiers combatant combatants
  gunman gunmen element elements operative operatives personnel recruit recruits
`);

/** Job titles after a possessive in an origin: "SOHR's director Rami Abdulrahman" speaks for SOHR. */
export const SPOKESPERSON_TITLES = stemmedSet(`
  director head chief founder spokesman spokeswoman spokesperson leader president chairman official
  representative commander envoy
`);
