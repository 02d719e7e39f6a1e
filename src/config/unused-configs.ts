import { basename } from 'node:path';
import { FILE_START, type Diagnostic } from '../model/diagnostic.js';
import type { DiscoveredFile } from '../read/discover-files.js';
import { CONFIG_FILE_NAME } from './find-config.js';

/** The configuration a run reads, and whether it was named with `--config` rather than found. */
export interface ConfigInUse extends DiscoveredFile {
  explicit: boolean;
}

function whyUnused(file: DiscoveredFile, used: ConfigInUse | undefined): string {
  if (used?.explicit) return `${used.display}, given with --config, is read instead`;
  if (basename(file.path) !== CONFIG_FILE_NAME) return `claimcheck reads only a file named ${CONFIG_FILE_NAME}; rename it`;
  const where = 'in or above the folder of the first path given';
  if (used) return `${used.display} is read instead (the nearest ${CONFIG_FILE_NAME} ${where}); give --config ${file.display} to use this one`;
  return `the configuration is looked for ${where}, not below it; give --config ${file.display}, or run claimcheck on its folder`;
}

/**
 * A warning for each configuration file in the corpus that the run does not read — one in a folder below the
 * one the configuration is looked for in, or one named `claimcheck.yml` — whose aliases and settings would
 * otherwise be ignored without a word. `used` is the configuration read, if any; paths are real paths.
 */
export function unusedConfigs(found: readonly DiscoveredFile[], used: ConfigInUse | undefined): Diagnostic[] {
  const warned = new Set<string>();
  const warnings: Diagnostic[] = [];
  for (const file of found) {
    if (file.path === used?.path || warned.has(file.path)) continue;
    warned.add(file.path);
    warnings.push({
      file: file.display,
      ...FILE_START,
      severity: 'warning',
      rule: 'file/unused-config',
      message: `this configuration is not used: ${whyUnused(file, used)}.`,
    });
  }
  return warnings;
}
