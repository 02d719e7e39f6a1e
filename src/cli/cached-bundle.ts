import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * How the code cache served a load: `used`; `absent` (no cache file, or one that cannot be read); `stale`
 * (written for another build of the bundle, or the bundle was changed since); `rejected` (V8 refused it:
 * another Node.js version or flags).
 * Whatever the state, the bundle runs the same; only compiling it costs more.
 */
export type CacheState = 'used' | 'absent' | 'stale' | 'rejected';

/** A CommonJS bundle loaded through `loadBundle`. */
export interface LoadedBundle {
  exports: Record<string, unknown>;
  cache: CacheState;
  /**
   * The code cache of this build of the bundle: V8's compiled code for every function that has run so far,
   * after a header naming the build and the file. Taken after a representative run, it spares the next runs
   * both compiling the bundle and compiling each function on first call.
   */
  cacheData(): Buffer;
}

/** Where the code cache of a bundle is kept: beside it. */
export function cachePathOf(bundlePath: string): string {
  return `${bundlePath}.cache`;
}

/**
 * The first line the build gives a bundle: this prefix, then `sha256:` and the hex digest of the rest of the
 * file. It names the build, and a code cache names the build it was made for.
 */
export const BUILD_LINE_PREFIX = '// claimcheck bundle ';

const HEADER_TAG = 'claimcheck code cache';

const require = createRequire(import.meta.url);

// What a cache's header says of the bundle it was made for: its build, its size, and its modification time.
interface Made {
  build: string;
  size: number;
  modifiedMs: number;
}

function headerOf(made: Made): Buffer {
  return Buffer.from(`${HEADER_TAG}\t${made.build}\t${made.size}\t${made.modifiedMs}\n`, 'latin1');
}

// The cached data after a header, and what the header says; undefined for anything else.
function parseCache(stored: Buffer): { made: Made; data: Buffer } | undefined {
  const end = stored.indexOf(0x0a);
  if (end < 0) return undefined;
  const [tag, build, size, modifiedMs] = stored.subarray(0, end).toString('latin1').split('\t');
  if (tag !== HEADER_TAG || modifiedMs === undefined) return undefined;
  return { made: { build, size: Number(size), modifiedMs: Number(modifiedMs) }, data: stored.subarray(end + 1) };
}

// The build the bundle's first line names, and whether the rest of it is what that line says it is.
function buildOf(source: Buffer): { build: string; intact: () => boolean } {
  const end = source.indexOf(0x0a);
  const firstLine = source.subarray(0, Math.max(0, end)).toString('latin1');
  if (!firstLine.startsWith(BUILD_LINE_PREFIX)) return { build: '', intact: () => false };
  const build = firstLine.slice(BUILD_LINE_PREFIX.length);
  // Loaded only when needed: node:crypto alone costs a start more than reading the first line.
  const intact = () => {
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    return build === `sha256:${createHash('sha256').update(source.subarray(end + 1)).digest('hex')}`;
  };
  return { build, intact };
}

/**
 * Whether a cache made for `made` serves this `bundle`, whose rest `intact` checks against its digest. V8 checks a cache against the source's length and its
 * own version and flags, not the source's text, and would run a rebuilt bundle's old code: a cache serves
 * only the build it names, and the bundle only as that build wrote it. A bundle with the size and time the
 * build left it is taken as written; one whose time changed (copied, or packed by npm, which resets times)
 * is checked against its digest, so an edited bundle never runs the code cached for the original.
 */
function serves(made: Made, bundle: Made, intact: () => boolean): boolean {
  if (bundle.build === '' || made.build !== bundle.build || made.size !== bundle.size) return false;
  return made.modifiedMs === bundle.modifiedMs || intact();
}

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Loads a self-contained CommonJS bundle as Node.js would `require` it, compiled with the code cache beside
 * it when that was written for this very bundle and this Node.js. Precompiling the bundle once, at build,
 * is what a command starting in a few hundred milliseconds would otherwise spend a good part of them on.
 */
export function loadBundle(bundlePath: string): LoadedBundle {
  const source = readFileSync(bundlePath);
  const { build, intact } = buildOf(source);
  const bundle: Made = { build, size: source.length, modifiedMs: statSync(bundlePath).mtimeMs };
  const stored = readIfPresent(cachePathOf(bundlePath));
  const cache = stored === undefined ? undefined : parseCache(stored);
  const matches = cache !== undefined && cache.data.length > 0 && serves(cache.made, bundle, intact);
  const cachedData = matches ? cache.data : undefined;
  // The module wrapper Node.js puts around a CommonJS file, on the first line so line numbers stay true.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, cachedData });
  const state: CacheState = stored === undefined ? 'absent' : !matches ? 'stale' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, cache: state, cacheData: () => Buffer.concat([headerOf(bundle), script.createCachedData()]) };
}
