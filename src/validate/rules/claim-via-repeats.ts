import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { nameKeyer } from './name-key.js';

/** What a `via` entry repeats, if anything; names are compared as keys. */
function repeated(name: string, by: string | undefined, outlet: string, earlier: ReadonlySet<string>): string | undefined {
  if (name === by) return "the claim's origin (`by`)";
  if (name === outlet) return "this article's own outlet, which is the last link already";
  if (earlier.has(name)) return 'an earlier `via` entry';
  return undefined;
}

/** `claim/via-repeats`: `via` lists only the links between the origin and the outlet, each once. */
export const claimViaRepeats: FileRule = {
  id: 'claim/via-repeats',
  severity: 'warning',
  description: "A `via` entry should not repeat the claim's `by`, its outlet, or another `via` entry.",
  scope: 'file',
  check(context) {
    const key = nameKeyer(context.config);
    const outlet = key(context.data.source.outlet);
    context.data.claims.forEach((claim, i) => {
      const by = claim.by === undefined ? undefined : key(claim.by);
      const earlier = new Set<string>();
      (claim.via ?? []).forEach((name, k) => {
        const what = repeated(key(name), by, outlet, earlier);
        earlier.add(key(name));
        if (!what) return;
        context.report(
          context.locate(['claims', i, 'via', k]),
          `\`via\` of claim ${show(claim.id)} lists ${show(name)}, which is ${what}; \`via\` holds only the intermediaries between \`by\` and this article. Remove the entry.`,
        );
      });
    });
  },
};
