import { LineCounter, parseDocument } from 'yaml';
import { emptyConfig, type CorpusConfig } from '../../src/config/config.js';
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.js';
import type { RawClaimFile } from '../../src/model/raw-claim-file.js';
import { locatePath } from '../../src/parse/locate.js';
import type { ArchiveText, CorpusRuleFile, FileRuleContext, Rule } from '../../src/validate/rule.js';

/** A claim file for the harness: its display path, YAML text and the archives it may read. */
export interface TestFile {
  file?: string;
  text: string;
  /** Archive texts by the path written in `source.archive`; any other path reads as missing. */
  archives?: Record<string, string>;
  /** Reads archives some other way (from disk); overrides `archives`. */
  readArchive?: (relativePath: string) => ArchiveText;
}

interface Prepared {
  parsed: CorpusRuleFile;
  readArchive: (relativePath: string) => ArchiveText;
}

/** An archive reader over texts held in memory. */
function memoryArchives(archives: Record<string, string>): (path: string) => ArchiveText {
  return (path) =>
    Object.hasOwn(archives, path) ? { ok: true, text: archives[path], file: path } : { ok: false, reason: 'no such file', file: path };
}

/** Parses YAML text into what rules see; throws on YAML the rules would never be given. */
export function parseTestFile(input: TestFile): CorpusRuleFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(input.text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`test YAML does not parse: ${doc.errors[0].message}`);
  return {
    file: input.file ?? 'claims/test.yaml',
    data: doc.toJS() as RawClaimFile,
    locate: (path, part) => locatePath(doc, lineCounter, path, part),
  };
}

/** The context a file rule gets, with archives read from memory. */
function fileContext(rule: Rule, { parsed, readArchive }: Prepared, config: CorpusConfig, out: Diagnostic[]): FileRuleContext {
  return {
    file: parsed.file,
    data: parsed.data,
    config,
    locate: parsed.locate,
    readArchive,
    report: (span, message, severity) =>
      out.push({ file: parsed.file, ...span, severity: severity ?? rule.severity, rule: rule.id, message }),
  };
}

/** Runs rules as lint does: file rules on each file, corpus rules on all files sorted by path. */
export function runRules(rules: readonly Rule[], inputs: readonly TestFile[], config: CorpusConfig = emptyConfig()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const prepared = inputs
    .map((input) => ({ parsed: parseTestFile(input), readArchive: input.readArchive ?? memoryArchives(input.archives ?? {}) }))
    .sort((a, b) => (a.parsed.file < b.parsed.file ? -1 : a.parsed.file > b.parsed.file ? 1 : 0));
  for (const rule of rules) {
    if (rule.scope === 'corpus') {
      const files = prepared.map((p) => p.parsed);
      rule.check(files, (file, span, message, severity) => out.push({ file: file.file, ...span, severity: severity ?? rule.severity, rule: rule.id, message }), config);
    } else {
      for (const file of prepared) rule.check(fileContext(rule, file, config, out));
    }
  }
  return out.sort(compareDiagnostics);
}

/** Runs one rule over one YAML text. */
export function runRule(rule: Rule, text: string, archives?: Record<string, string>, config?: CorpusConfig): Diagnostic[] {
  return runRules([rule], [{ text, archives }], config);
}

/** The `source:` block of a valid claim file, for tests about the rest of it. */
export const SOURCE = `source:
  outlet: Valley Herald
  title: A clash at a checkpoint
  published: 2020-02-13
  url: https://valley-herald.example/2020/02/13/clash
`;
