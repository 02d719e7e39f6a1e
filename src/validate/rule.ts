import type { Severity, Span } from '../model/diagnostic.js';
import type { RawClaimFile } from '../model/raw-claim-file.js';
import type { CorpusConfig } from '../config/config.js';

/** A path into the YAML document: `['claims', 2, 'quote']`. */
export type DocPath = readonly (string | number)[];

/** What reading an archive text gave: its text, or why there is none. */
export type ArchiveText = { ok: true; text: string; file: string } | { ok: false; reason: string; file: string };

/** What a rule sees of one schema-valid claim file, and how it reports. */
export interface FileRuleContext {
  /** Display path of the claim file. */
  file: string;
  data: RawClaimFile;
  config: CorpusConfig;
  /** Where a node is: the value at `path` (or its key with `'key'`); the nearest existing ancestor if absent. */
  locate(path: DocPath, part?: 'key' | 'value'): Span;
  /** Reads `source.archive` (relative to the claim file), cached; I/O is injected so rules stay pure. */
  readArchive(relativePath: string): ArchiveText;
  /** Reports a finding at a span, with the rule's default severity unless given. */
  report(span: Span, message: string, severity?: Severity): void;
}

/** One schema-valid file as corpus rules see it. */
export interface CorpusRuleFile {
  file: string;
  data: RawClaimFile;
  locate(path: DocPath, part?: 'key' | 'value'): Span;
}

/** Reports a corpus-rule finding against one file. */
export type CorpusReport = (file: CorpusRuleFile, span: Span, message: string, severity?: Severity) => void;

interface RuleMetaBase {
  /** Hierarchical id: `ref/unknown-event`, `quote/not-in-archive`. */
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
}

/** A rule that looks at one file at a time. */
export interface FileRule extends RuleMetaBase {
  scope: 'file';
  check(context: FileRuleContext): void;
}

/** A rule that looks across files (files arrive sorted by path; report on the later file). */
export interface CorpusRule extends RuleMetaBase {
  scope: 'corpus';
  check(files: readonly CorpusRuleFile[], report: CorpusReport, config: CorpusConfig): void;
}

export type Rule = FileRule | CorpusRule;

/** What output formats need to know of a rule id (SARIF rule metadata, help text). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
}
