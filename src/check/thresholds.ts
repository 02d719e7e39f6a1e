/**
 * Every threshold and weight the cross-check decides with, in one place.
 * Scores are in [0, 1]; each is compared with `>=` unless its comment says otherwise.
 */

// Tokens

/** Two tokens are the same word (a transliteration or a typo) at or above this similarity. */
export const TOKEN_MATCH = 0.8;
/** Tokens shorter than this only match exactly or through their consonant skeleton. */
export const TOKEN_FUZZY_MIN_LENGTH = 4;
/** A name whose consonant skeleton has this many consonants or more still matches with one consonant added. */
export const SKELETON_EXTRA_MIN = 4;

// Event grouping (contract §2.1)

/** Reports of two articles are one event at or above this combined score. */
export const EVENT_JOIN = 0.55;
/** Without a place on both sides, the title and actors alone must reach this. */
export const EVENT_JOIN_WITHOUT_PLACE = 0.75;
/**
 * At or below this place score two events are at different places, whatever their titles say: half of the
 * names matched (weighed by rarity) or less is a shared generic word ("Tal", "Umm"), not a shared place.
 */
export const PLACE_VETO = 0.5;
/** A pair that scored this little below the join score is recorded as a near miss (`--explain`). */
export const NEAR_MISS_MARGIN = 0.15;
/** How much place, title and actors weigh in the combined score (renormalised over the parts both sides have). */
export const EVENT_WEIGHTS = { place: 0.6, title: 0.28, actors: 0.12 } as const;
/** Place heads written as one word or several ("Qesirdib" / "Qasr al-Dib") match joined up at this similarity. */
export const JOINED_NAME_MATCH = 0.9;
/** When one report has no place, its title naming this much of the other's place counts as a place match. */
export const PLACE_NAMED_IN_TITLE = 0.8;
/**
 * A place given only by its region ("al-Qamishli countryside") against a place in it, or a head inside the
 * other's with a word more, scores this times its coverage.
 */
export const PLACE_CONTAINED = 0.65;
/** One place's head counts as inside the other's (a word more: "Qasr al-Dib base") when it is covered this much. */
export const PLACE_HEAD_INSIDE = 0.8;
/** Feature words of a place ("road", "checkpoint", "junction") weigh this much: they rarely tell places apart. */
export const PLACE_FEATURE_WEIGHT = 0.3;
/**
 * With `--explain`, pairs whose dates are apart by up to this many days beyond the tolerance are still scored,
 * so that a report dated two days off shows as a near miss ("dates 2 days apart; tolerance 1").
 */
export const NEAR_MISS_EXTRA_DAYS = 3;
/** An undated event joins another only with places on both sides and at least this score. */
export const EVENT_JOIN_UNDATED = 0.8;
/** How much a longer title's or actor list's extra words count against a match. */
export const TITLE_EXTRA_PENALTY = 0.5;
/** An undated event is looked for among events up to this many days before its article's publication. */
export const UNDATED_LOOKBACK_DAYS = 31;
/**
 * A report whose dates overlap more than this many later reports under one blocking key is in a crowd (many
 * events in one place on one day) and is compared only through rare words; below it, with all of them. Normal
 * corpora stay under it: their longest runs (month-wide and undated windows at a busy place) reach about 120.
 * Topic grouping treats more than this many `about`s under one blocking word as a crowd in the same way.
 */
export const CROWDED_RUN = 128;
/**
 * Inside a crowd, a word shared by more of the reports a report would be compared with than this is no key:
 * it tells events apart no better than the place does. Three times the reports of a typical event (about five);
 * the worst-case corpus groups better with 16 than with 32 or 64, where shared generic words bring wrong joins.
 */
export const CROWD_KEY_MAX_REPORTS = 16;
/** Inside a crowd, a report is paired through this many of its rarest words there (so at most 4 × 16 partners). */
export const CROWD_KEYS_PER_REPORT = 4;
/** How many of a title's rarest words serve as blocking keys. */
export const TITLE_BLOCKING_KEYS = 3;
/** A title word in more than this share of all reports (and more than `TITLE_KEY_MIN_FREQUENCY`) is no blocking key. */
export const TITLE_KEY_MAX_SHARE = 0.02;
export const TITLE_KEY_MIN_FREQUENCY = 20;

// Topic grouping (contract §2.2)

/** Two `about`s are one topic at or above this score. */
export const TOPIC_JOIN = 0.7;
/**
 * How much a longer `about`'s extra words count against a match (0: only the shorter side matters, 1: symmetric).
 * "joint patrols" stays with "whether US and Russian forces conducted joint patrols".
 */
export const TOPIC_EXTRA_PENALTY = 0.25;
/**
 * Two clusters of `about`s merge only when every pair across them scores at least this, so a short,
 * general `about` ("patrols") cannot chain "joint patrols" to "Russian patrols blocked".
 */
export const TOPIC_LINK_MIN = 0.5;
/** A place name in an `about` weighs this share of its rarity: the same place on both sides says little. */
export const TOPIC_PLACE_WEIGHT = 0.25;
/** Up to this many distinct `about`s are compared pair by pair; above it, only those sharing a rare word. */
export const TOPIC_ALL_PAIRS_LIMIT = 60;
/**
 * From this many distinct `about`s (up to `TOPIC_ALL_PAIRS_LIMIT`), only the pairs whose words can match
 * enough to join are scored; below it, bounding the pairs costs more than scoring them all.
 */
export const TOPIC_BOUND_MIN = 16;
/** How many of an `about`'s rarest words serve as blocking keys when topics are matched across many claims. */
export const TOPIC_BLOCKING_KEYS = 2;

// Answers (contract §2.3)

/** Two text answers are one position at or above this score. */
export const ANSWER_JOIN = 0.75;
/**
 * How much a longer answer's extra words count against a match: none, so a more specific answer ("US
 * airstrikes", "ISIS cells") agrees with a less specific one ("airstrikes", "ISIS"); two answers that each have
 * words of their own ("Russian military police" / "Russian military contractors") still do not.
 */
export const ANSWER_EXTRA_PENALTY = 0;
/** A text that matches the topic's own words this well (as topics match) answers the topic as a yes or no. */
export const ANSWER_IS_TOPIC = 0.8;
/** "about 40" stands for 40 give or take this fraction. */
export const APPROXIMATE_BAND = 0.15;

// Origins (contract §2.5)

/** Two written origins not declared aliases are still one origin at or above this similarity (typos, spelling). */
export const ORIGIN_SAME = 0.85;
