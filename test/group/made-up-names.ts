// Test helper: made-up names, no two alike enough to be taken for one name, for crowds of many events.
const CONSONANTS = ['b', 'd', 'f', 'j', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'k'];
const consonant = (i: number, digit: number) => CONSONANTS[Math.floor(i / 14 ** digit) % 14];

/** One of 196 village names: "Badusi", "Bafuri". */
export const village = (i: number) => `Ba${consonant(i, 0)}u${consonant(i, 1)}i`;

/** The same name with its middle consonant doubled, as another outlet might write it: "Baddusi". */
export const respelled = (i: number) => `Ba${consonant(i, 0).repeat(2)}u${consonant(i, 1)}i`;

/** A second made-up word, like none of the village names: "Lodesa". */
export const word = (i: number) => `Lo${consonant(i, 0)}e${consonant(i, 1)}a`;
