import { foldText } from './fold.js';
import { memoise } from './memo.js';

/**
 * Phrases that report a claim with reservation, in folded form. "likely" is whole-word, so "unlikely"
 * (itself a judgement, not a reservation about the source) does not count.
 */
const HEDGE_PHRASES = [
  'reportedly', 'allegedly', 'alleged', 'purportedly', 'supposedly', 'apparently', 'unconfirmed', 'unverified',
  'according to', 'it is likely', 'likely', 'said to', 'reported to', 'believed to', 'is believed', 'are believed',
  'thought to', 'appeared to', 'appears to', 'appear to', 'seemed to', 'seems to', 'may have', 'might have',
  'could have', 'possibly', 'rumoured', 'rumored', 'claimed', 'claims that', 'it is said', 'was said', 'were said',
];
const HEDGE = new RegExp(`\\b(?:${HEDGE_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`);

/** True when the text (a claim's quote) reports with reservation: "reportedly", "allegedly", "according to" … Memoised. */
export const detectHedge: (text: string) => boolean = memoise((text) => HEDGE.test(foldText(text)));
