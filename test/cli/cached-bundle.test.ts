// V8 keeps what a process compiled, and answers the same source from that before any code cache: each load
// runs in a fresh Node.js process, as each start of the CLI does.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_LINE_PREFIX, cachePathOf } from '../../src/cli/cached-bundle.js';

const work = mkdtempSync(join(tmpdir(), 'claimcheck-cached-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The loader as the build compiles it, for the child processes.
const LOADER = join(work, 'cached-bundle.mjs');
writeFileSync(LOADER, transformSync(readFileSync(new URL('../../src/cli/cached-bundle.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code);

// A CommonJS bundle as the build writes one, its first line naming the build by the digest of the rest: it
// requires a built-in and a file beside it.
const BODY = `const { basename } = require('node:path');
const helper = require('./helper.cjs');
exports.answer = (n) => helper.double(n) + 1;
exports.name = basename(__filename);
exports.dir = __dirname;
exports.fail = () => { throw new Error('from the bundle'); };
`;
const built = (body: string) => `${BUILD_LINE_PREFIX}sha256:${createHash('sha256').update(body).digest('hex')}\n${body}`;
const BUNDLE = built(BODY);

let dir: string;
let bundle: string;
beforeEach(() => {
  dir = mkdtempSync(join(work, 'build-'));
  bundle = join(dir, 'program.cjs');
  writeFileSync(bundle, BUNDLE);
  writeFileSync(join(dir, 'helper.cjs'), 'exports.double = (n) => 2 * n;\n');
});

interface Loaded {
  cache: string;
  answer: number;
  name: string;
  dir: string;
  stack: string;
}

/** Loads the bundle in a fresh process; `writeCache` then writes its code cache beside it. */
function load(options: { writeCache?: boolean } = {}): Loaded {
  const script = `import { writeFileSync } from 'node:fs';
import { cachePathOf, loadBundle } from ${JSON.stringify(LOADER)};
const loaded = loadBundle(${JSON.stringify(bundle)});
const program = loaded.exports;
let stack = '';
try { program.fail(); } catch (error) { stack = error.stack; }
process.stdout.write(JSON.stringify({ cache: loaded.cache, answer: program.answer(3), name: program.name, dir: program.dir, stack }));
if (${options.writeCache === true}) writeFileSync(cachePathOf(${JSON.stringify(bundle)}), loaded.cacheData());`;
  const ran = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(ran.stderr).toBe('');
  return JSON.parse(ran.stdout) as Loaded;
}

describe('loadBundle', () => {
  it('runs a CommonJS bundle as require would: its exports, require beside it, __filename and __dirname', () => {
    const loaded = load();
    expect(loaded).toMatchObject({ cache: 'absent', answer: 7, name: 'program.cjs', dir });
  });

  it('uses the code cache written for the bundle', () => {
    load({ writeCache: true });
    expect(load()).toMatchObject({ cache: 'used', answer: 7 });
  });

  it('never uses the cache of another build, even one of the same length and time', () => {
    load({ writeCache: true });
    const { atime, mtime } = statSync(bundle);
    writeFileSync(bundle, built(BODY.replace('+ 1;', '+ 2;')));
    utimesSync(bundle, atime, mtime);
    expect(load()).toMatchObject({ cache: 'stale', answer: 8 });
  });

  it('nor the cache of its build once the bundle is edited', () => {
    load({ writeCache: true });
    const { atime, mtime } = statSync(bundle);
    writeFileSync(bundle, BUNDLE.replace('+ 1;', '+ 2;'));
    utimesSync(bundle, atime, new Date(mtime.getTime() + 1000));
    expect(load()).toMatchObject({ cache: 'stale', answer: 8 });
  });

  it('uses the cache of its build after the files are copied or packed with other times', () => {
    load({ writeCache: true });
    // npm packs every file as of 1985-10-26.
    const packed = new Date('1985-10-26T08:15:00Z');
    utimesSync(bundle, packed, packed);
    utimesSync(cachePathOf(bundle), packed, packed);
    expect(load()).toMatchObject({ cache: 'used', answer: 7 });
  });

  it('compiles the bundle as if there were no cache when V8 refuses the one there is', () => {
    load({ writeCache: true });
    const cache = readFileSync(cachePathOf(bundle));
    const header = cache.indexOf(0x0a) + 1;
    // The header is this build's; what follows is not V8's.
    writeFileSync(cachePathOf(bundle), Buffer.concat([cache.subarray(0, header), Buffer.alloc(cache.length - header, 7)]));
    expect(load()).toMatchObject({ cache: 'rejected', answer: 7 });
  });

  it('reports errors at their place in the bundle', () => {
    load({ writeCache: true });
    const loaded = load();
    expect(loaded.stack).toContain('from the bundle');
    expect(loaded.stack).toContain(`${bundle}:7:`);
  });
});
