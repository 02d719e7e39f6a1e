import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCommand } from './measure.js';
import type { StartupCase } from './startup.js';

/** The package root: dist/bench/ (or src/bench/) is two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const BIN = join(PACKAGE_ROOT, 'bin', 'claimcheck.js');
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));
const SCHEMA = join(PACKAGE_ROOT, 'src', 'schema', 'claim-file.schema.json');

/** ajv-cli's script, when the dev dependency is installed. */
function ajvCli(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('ajv-cli/package.json');
    const script = join(dirname(manifest), 'dist', 'index.js');
    return existsSync(script) ? script : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is timed on each corpus: the floor first (the reference), then `check`, `lint`, and ajv-cli
 * validating the same files against the same schema with the same options as lint's validator.
 */
export function corpusCommands(dir: string): BenchCommand[] {
  const commands: BenchCommand[] = [
    { name: 'floor', nodeArgs: [FLOOR, dir], cwd: PACKAGE_ROOT, okExitCodes: [0] },
    { name: 'check', nodeArgs: [BIN, 'check', dir], cwd: PACKAGE_ROOT, okExitCodes: [0, 1] },
    { name: 'lint', nodeArgs: [BIN, 'lint', dir], cwd: PACKAGE_ROOT, okExitCodes: [0, 1] },
  ];
  const ajv = ajvCli();
  if (ajv) {
    // js-yaml (YAML 1.1) reads dates as timestamps, so ajv-cli finds every file invalid: exit 1 is its normal end here.
    const data = `${dir}/**/!(claimcheck).{yaml,yml}`;
    const flags = ['--spec=draft7', '-c', 'ajv-formats', '--all-errors', '--allow-union-types', '--strict=true', '--errors=line'];
    commands.push({ name: 'ajv-cli', nodeArgs: [ajv, 'validate', '-s', SCHEMA, '-d', data, ...flags], cwd: PACKAGE_ROOT, okExitCodes: [0, 1] });
  }
  return commands;
}

/** Start-up cases: bare Node.js (the reference), `--version`, and `check` on the bundled five-article corpus. */
export function startupCases(): StartupCase[] {
  return [
    { command: 'node -e 0', nodeArgs: ['-e', '0'], cwd: PACKAGE_ROOT },
    { command: 'claimcheck --version', nodeArgs: [BIN, '--version'], cwd: PACKAGE_ROOT },
    { command: 'claimcheck check data', nodeArgs: [BIN, 'check', 'data'], cwd: PACKAGE_ROOT },
  ];
}
