import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { RuleMeta } from '../../validate/rule.js';
import { asSentence } from './sentence.js';

/** Where the README documents every rule; the SARIF `helpUri` of each. */
export const RULES_HELP_URI = 'https://github.com/claimcheck/claimcheck#rules';

/** A SARIF `reportingDescriptor` for one rule. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: Severity };
  helpUri: string;
  help: { text: string };
}

/**
 * A rule id as a Pascal identifier for SARIF's `name` (`yaml/DUPLICATE_KEY` → `YamlDuplicateKey`):
 * words of one capital then lower-case letters or digits, never equal to the id itself.
 */
export function ruleName(id: string): string {
  const words: string[] = [];
  for (const word of (id.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase())) {
    const last = words.length - 1;
    // A Pascal word is a capital and at least one more letter or digit: short or digit-led words join the one before.
    if (last >= 0 && (words[last].length < 2 || word.length < 2 || /^[0-9]/.test(word))) words[last] += word;
    else words.push(/^[0-9]/.test(word) ? `Rule${word}` : word[0].toUpperCase() + word.slice(1));
  }
  let name = words.join('') || 'Rule';
  if (name.length < 2) name += 'rule';
  return name === id ? `${name}Rule` : name;
}

function descriptor(meta: RuleMeta): SarifRule {
  const description = asSentence(meta.description, `Rule ${meta.id}.`);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} Reported as ${meta.severity === 'error' ? 'an error' : 'a warning'} by default.` },
    defaultConfiguration: { level: meta.severity },
    helpUri: RULES_HELP_URI,
    help: { text: `${description} What the rule checks and how to fix what it finds: ${RULES_HELP_URI}.` },
  };
}

/**
 * The rules table of a SARIF run: every rule of the catalogue (first entry per id wins), then any
 * rule a diagnostic names that the catalogue lacks, so every result's `ruleIndex` is valid.
 */
export function ruleDescriptors(
  catalogue: readonly RuleMeta[],
  diagnostics: readonly Diagnostic[],
): { rules: SarifRule[]; indexOf: Map<string, number> } {
  const rules: SarifRule[] = [];
  const indexOf = new Map<string, number>();
  const add = (meta: RuleMeta) => {
    if (indexOf.has(meta.id)) return;
    indexOf.set(meta.id, rules.length);
    rules.push(descriptor(meta));
  };
  catalogue.forEach(add);
  const missing = [...new Set(diagnostics.map((d) => d.rule))].filter((id) => !indexOf.has(id)).sort();
  for (const id of missing) {
    const severity = diagnostics.find((d) => d.rule === id)!.severity;
    add({ id, severity, description: `Reports findings of the ${id} check` });
  }
  return { rules, indexOf };
}
