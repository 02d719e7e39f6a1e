import { realpathSync } from 'node:fs';
import type { CorpusConfig } from '../config/config.js';
import { loadConfigFile, type LoadedConfig } from '../config/load-config.js';
import { unusedConfigs, type ConfigInUse } from '../config/unused-configs.js';
import type { ClaimFile } from '../model/claim-file.js';
import { compareDiagnostics, type Diagnostic, type Span } from '../model/diagnostic.js';
import { parseYaml } from '../parse/parse-yaml.js';
import { buildLocationIndex, locateIn, locator, type LocationIndex } from '../parse/location-index.js';
import { jobContext, lintBatch, type LintJob } from '../parallel/lint-batch.js';
import { workerCount } from '../parallel/threads.js';
import { estimateCorpusBytes } from '../read/corpus-size.js';
import { discoverCorpus, type DiscoveredFile } from '../read/discover-files.js';
import { DEFAULT_MAX_FILE_BYTES, readTextSync } from '../read/read-text.js';
import type { FileLint, FileOutcome } from './lint-file.js';
import type { CorpusRuleFile, DocPath, Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';
import { modelOf } from './to-model.js';

export { lintFileText } from './lint-file.js';

/** Where and how to read a corpus. */
export interface LintCorpusOptions {
  /** Absolute working directory; paths are resolved against it and displayed relative to it. */
  cwd: string;
  /** `--config FILE`, as given; else the nearest `claimcheck.yaml` is used. */
  configPath?: string;
  /** The rules to run beyond the schema; default: all of them. Rules given here run on the main thread only. */
  rules?: readonly Rule[];
  /**
   * Worker threads to read and lint with besides the main thread; 0 for none. Default: none for a corpus
   * under `PARALLEL_MIN_BYTES`, else one per core but one. The result is the same whatever the number.
   */
  threads?: number;
  /** Called as files are read and linted: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Everything lint learned of a corpus. */
export interface CorpusLint {
  /** Display paths of every claim file read, sorted. */
  files: string[];
  /** Every diagnostic of every file, sorted (see `compareDiagnostics`). */
  diagnostics: Diagnostic[];
  /** The files with no error, as data for the cross-check, sorted by path; built when first read (lint alone never does). */
  readonly claimFiles: ClaimFile[];
  config: CorpusConfig;
}

// Files linted between two progress reports on the main thread alone.
const PROGRESS_STEP = 64;

async function lintFiles(files: readonly DiscoveredFile[], job: LintJob, options: LintCorpusOptions): Promise<FileOutcome[]> {
  options.onProgress?.(0, files.length);
  const workers = options.rules ? 0 : workerCount({ files: files.length, bytes: estimateCorpusBytes(files) }, options.threads);
  if (workers > 0) {
    // Loaded only when needed, so a small corpus starts without it.
    const pool = await import('../parallel/worker-pool.js');
    if (pool.workersAvailable()) return pool.lintInParallel(files, job, { workers, onProgress: options.onProgress });
  }
  const context = jobContext(job, options.rules ?? allRules);
  const outcomes: FileOutcome[] = [];
  for (let start = 0; start < files.length; start += PROGRESS_STEP) {
    outcomes.push(...lintBatch(files.slice(start, start + PROGRESS_STEP), job.maxBytes, context));
    options.onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}

/**
 * Where a node of a file is, found by reading and parsing the file again on the first question:
 * corpus rules place few findings, so no file keeps its whole location index for them.
 */
function relocator(file: DiscoveredFile, maxBytes: number): (path: DocPath, part?: 'key' | 'value') => Span {
  let index: LocationIndex | undefined;
  return (path, part) => {
    if (!index) {
      const read = readTextSync(file, maxBytes);
      const parsed = read.ok ? parseYaml(read.text, file.display) : undefined;
      index = parsed?.doc ? buildLocationIndex(parsed.doc, parsed.lineCounter) : {};
    }
    return locateIn(index, path, part);
  };
}

function corpusRuleFindings(views: readonly CorpusRuleFile[], rules: readonly Rule[], config: CorpusConfig): Diagnostic[] {
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

/** Runs the corpus rules over the schema-valid files (sorted by path); each finding names the file it concerns. */
export function runCorpusRules(results: readonly FileLint[], rules: readonly Rule[], config: CorpusConfig): Diagnostic[] {
  const views = results.flatMap((r) => (r.data && r.locations ? [{ file: r.file, data: r.data, locate: locator(r.locations) }] : []));
  return corpusRuleFindings(views, rules, config);
}

// The configuration a run reads, as discovery names files: its real path and its display path.
function configInUse({ config, path }: LoadedConfig, explicit: boolean): ConfigInUse | undefined {
  if (path === undefined || config.file === undefined) return undefined;
  try {
    return { path: realpathSync.native(path), display: config.file, explicit };
  } catch {
    return undefined;
  }
}

/**
 * Reads, parses and validates every claim file under `paths`: discover → read → parse → schema →
 * file rules → corpus rules → model for every file without errors (built when `claimFiles` is first
 * read). Large corpora are read and linted across worker threads, with the same result.
 * Content problems become diagnostics; a missing path, no files matched or a malformed
 * configuration throw a `UsageError` (exit 2).
 */
export async function lintCorpus(paths: readonly string[], options: LintCorpusOptions): Promise<CorpusLint> {
  const { cwd } = options;
  const loaded = await loadConfigFile(paths, cwd, options.configPath);
  const { config } = loaded;
  const discovery = await discoverCorpus(paths, cwd);
  const unused = unusedConfigs(discovery.configs, configInUse(loaded, options.configPath !== undefined));
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const rules = options.rules ?? allRules;
  const outcomes = await lintFiles(discovery.files, { cwd, config, maxBytes }, options);
  const views: CorpusRuleFile[] = [];
  outcomes.forEach(({ file, data }, i) => {
    if (data) views.push({ file, data, locate: relocator(discovery.files[i], maxBytes) });
  });
  const diagnostics = [...discovery.diagnostics, ...unused, ...outcomes.flatMap((o) => o.diagnostics), ...corpusRuleFindings(views, rules, config)];
  // model: only files without errors go on to the cross-check
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  let claimFiles: ClaimFile[] | undefined;
  const models = () => outcomes.flatMap(({ file, data, lines }) => (data && lines && !failed.has(file) ? [modelOf(data, file, lines)] : []));
  diagnostics.sort(compareDiagnostics);
  return {
    files: outcomes.map((o) => o.file),
    diagnostics,
    get claimFiles() {
      return (claimFiles ??= models());
    },
    config,
  };
}
