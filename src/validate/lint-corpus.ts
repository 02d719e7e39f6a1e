import type { CorpusConfig } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import type { ClaimFile } from '../model/claim-file.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { discoverCorpus, type DiscoveredFile } from '../read/discover-files.js';
import { DEFAULT_MAX_FILE_BYTES, readText } from '../read/read-text.js';
import { archiveReader } from './read-archive.js';
import { locator } from '../parse/location-index.js';
import { lintFileText, type FileLint, type FileLintContext } from './lint-file.js';
import type { CorpusRuleFile, Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';
import { toClaimFile } from './to-model.js';

export { lintFileText } from './lint-file.js';

/** Where and how to read a corpus. */
export interface LintCorpusOptions {
  /** Absolute working directory; paths are resolved against it and displayed relative to it. */
  cwd: string;
  /** `--config FILE`, as given; else the nearest `claimcheck.yaml` is used. */
  configPath?: string;
  /** The rules to run beyond the schema; default: all of them. */
  rules?: readonly Rule[];
}

/** Everything lint learned of a corpus. */
export interface CorpusLint {
  /** Display paths of every claim file read, sorted. */
  files: string[];
  /** Every diagnostic of every file, sorted (see `compareDiagnostics`). */
  diagnostics: Diagnostic[];
  /** The files with no error, as data for the cross-check, sorted by path. */
  claimFiles: ClaimFile[];
  config: CorpusConfig;
}

// Files read at once: enough to overlap I/O, few enough to stay far from file-descriptor limits.
const READ_CONCURRENCY = 16;

async function lintFiles(files: readonly DiscoveredFile[], maxBytes: number, context: FileLintContext): Promise<FileLint[]> {
  const results: FileLint[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const read = await readText(file, maxBytes);
      results[index] = read.ok ? lintFileText(file, read.text, context) : { file: file.display, diagnostics: [read.diagnostic] };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return results;
}

/** Runs the corpus rules over the schema-valid files (sorted by path); each finding names the file it concerns. */
export function runCorpusRules(results: readonly FileLint[], rules: readonly Rule[], config: CorpusConfig): Diagnostic[] {
  const views: CorpusRuleFile[] = results.flatMap((r) => (r.data && r.locations ? [{ file: r.file, data: r.data, locate: locator(r.locations) }] : []));
  const found: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'corpus') continue;
    rule.check(
      views,
      (view, span, message, severity) => found.push({ file: view.file, ...span, severity: severity ?? rule.severity, rule: rule.id, message }),
      config,
    );
  }
  return found;
}

/**
 * Reads, parses and validates every claim file under `paths`: discover → read → parse → schema →
 * file rules → corpus rules → model for every file without errors.
 * Content problems become diagnostics; a missing path, no files matched or a malformed
 * configuration throw a `UsageError` (exit 2).
 */
export async function lintCorpus(paths: readonly string[], options: LintCorpusOptions): Promise<CorpusLint> {
  const { cwd } = options;
  const config = await loadConfig(paths, cwd, options.configPath);
  const discovery = await discoverCorpus(paths, cwd);
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const rules = options.rules ?? allRules;
  const results = await lintFiles(discovery.files, maxBytes, { config, rules, readArchive: archiveReader(cwd, maxBytes) });
  const diagnostics = [...discovery.diagnostics, ...results.flatMap((r) => r.diagnostics), ...runCorpusRules(results, rules, config)];
  // model: only files without errors go on to the cross-check
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const claimFiles: ClaimFile[] = [];
  for (const { file, data, locations } of results) {
    if (data && locations && !failed.has(file)) claimFiles.push(toClaimFile(data, file, locator(locations)));
  }
  diagnostics.sort(compareDiagnostics);
  return { files: results.map((r) => r.file), diagnostics, claimFiles, config };
}
