// The installed command runs the bundle that `npm run build` writes to dist/bundle/: it must load that
// bundle with its code cache, and say byte for byte what the TypeScript sources say in-process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { VERSION } from '../../src/version.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'claimcheck.js');
const BUNDLE = join(ROOT, 'dist', 'bundle');
const built = existsSync(join(BUNDLE, 'claimcheck.cjs'));

// Preloaded with `node --import`: writes the file of every module loaded (ES modules through a resolve
// hook, CommonJS ones from the require cache at exit) to the file named by CLAIMCHECK_TEST_LOADED.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) appendFileSync(process.env.CLAIMCHECK_TEST_LOADED, result.url + '\\n');
  return result;
}`;
const WATCH = `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
process.on('exit', () => {
  const required = Object.keys(createRequire(process.argv[1]).cache).map((file) => pathToFileURL(file).href + '\\n');
  appendFileSync(process.env.CLAIMCHECK_TEST_LOADED, required.join(''));
});`;

/** Runs the installed command in a child process, as a user would. */
function spawnBin(args: string[], options: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
  const env = { ...process.env, CI: 'true', NO_COLOR: '1', ...options.env };
  const ran = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** The package's files (relative paths) that running the command loads, but bin/ itself. */
function filesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-loaded-'));
  try {
    const list = join(dir, 'loaded.txt');
    const watch = `data:text/javascript,${encodeURIComponent(WATCH)}`;
    const ran = spawnBin(args, { nodeArgs: ['--import', watch], env: { CLAIMCHECK_TEST_LOADED: list } });
    expect(ran.stderr).toBe('');
    const files = readFileSync(list, 'utf8').trim().split('\n').map((url) => relative(ROOT, fileURLToPath(url)));
    return [...new Set(files)].filter((file) => !file.startsWith('bin/') && !file.startsWith('..')).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the command in-process from the TypeScript sources. */
async function runSources(args: string[]) {
  const io = fakeIo(ROOT, { CI: 'true', NO_COLOR: '1' });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('bin/claimcheck.js', () => {
  it('says how to build the program when it is not built, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-unbuilt-'));
    try {
      // The command as a package without dist/ holds it.
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin', 'claimcheck.js'));
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      const ran = spawnSync(process.execPath, [join(dir, 'bin', 'claimcheck.js'), 'check', '.'], { cwd: dir, encoding: 'utf8' });
      expect(ran.status).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toMatch(/^claimcheck: cannot load the program \(.*dist\/cli\/cached-bundle\.js.*\); build it with `npm run build`/);
      expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!built)('the bundle, built in dist/bundle/', () => {
  it('is what bin runs: no module of the program is loaded but the loader, the schema validators included', () => {
    // The program is compiled from dist/bundle/claimcheck.cjs by the loader, not loaded as a module.
    expect(filesLoaded(['--version'])).toEqual(['dist/cli/cached-bundle.js']);
    expect(filesLoaded(['check', 'data'])).toEqual(['dist/cli/cached-bundle.js']);
    expect(filesLoaded(['lint', 'test/fixtures/cli/errors'])).toEqual(['dist/cli/cached-bundle.js']);
  });

  it('comes with a code cache that this Node.js accepts', () => {
    const script = `import { loadBundle } from './dist/cli/cached-bundle.js';
process.stdout.write(loadBundle(${JSON.stringify(join(BUNDLE, 'claimcheck.cjs'))}).cache);`;
    const ran = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(ran).toMatchObject({ status: 0, stdout: 'used', stderr: '' });
  });

  it('prints the version', () => {
    const ran = spawnBin(['--version']);
    expect(ran).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  for (const args of [
    ['lint', 'data', '--format', 'json'],
    ['check', 'data', '--format', 'json'],
    ['check', 'data', '--explain'],
    ['report', 'data'],
    ['lint', 'test/fixtures/cli/errors', '--format', 'sarif'],
    // A usage error thrown inside a command's bundle is caught by the argument parser's: exit 2, one line.
    ['lint', 'test/fixtures/cli/no-such-folder'],
    ['check', 'test/fixtures/cli/broken-config'],
  ]) {
    it(`says byte for byte what the sources say: claimcheck ${args.join(' ')}`, async () => {
      const bundled = spawnBin(args);
      expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(40);
      expect(bundled).toEqual(await runSources(args));
    });
  }
});

describe.skipIf(built)('the bundle', () => {
  it('is not tested: dist/bundle/ is not built; run `npm run build` (npm ci does) and test again', () => {});
});
