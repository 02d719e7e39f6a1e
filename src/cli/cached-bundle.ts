import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * How the code cache served a load: `used`; `absent` (no cache file, or one that cannot be read); `stale`
 * (written for another build of the bundle); `rejected` (V8 refused it: another Node.js version or flags).
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

/** The first line the build gives a bundle, followed by its digest: what a code cache names as its build. */
export const BUILD_LINE_PREFIX = '// claimcheck bundle ';

// V8 checks a cache against the source's length and its own version and flags, not the source's text. The
// header ties a cache to one build (the digest on the bundle's first line, read rather than computed, which
// would cost the start more than loading the crypto module) and to the file as the build left it (its size
// and modification time): neither a rebuilt nor an edited bundle runs another's code.
function headerOf(source: Buffer, modifiedMs: number): Buffer {
  const firstLine = source.subarray(0, Math.max(0, source.indexOf(0x0a))).toString('latin1');
  const build = firstLine.startsWith(BUILD_LINE_PREFIX) ? firstLine.slice(BUILD_LINE_PREFIX.length) : '';
  return Buffer.from(`claimcheck code cache\t${build}\t${source.length}\t${modifiedMs}\n`, 'latin1');
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
  const header = headerOf(source, statSync(bundlePath).mtimeMs);
  const stored = readIfPresent(cachePathOf(bundlePath));
  const matches = stored !== undefined && stored.length > header.length && stored.subarray(0, header.length).equals(header);
  const cachedData = matches ? stored.subarray(header.length) : undefined;
  // The module wrapper Node.js puts around a CommonJS file, on the first line so line numbers stay true.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, cachedData });
  const cache: CacheState = stored === undefined ? 'absent' : !matches ? 'stale' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, cache, cacheData: () => Buffer.concat([header, script.createCachedData()]) };
}
