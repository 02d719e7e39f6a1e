// Writes V8's code cache of the CLI bundle (dist/bundle/claimcheck.cjs.cache): runs the commands once
// in-process on the bundled corpus, output discarded, then saves the code compiled for every function
// that ran, so that each later start neither compiles the bundle nor compiles those functions on first
// call. Run by `npm run build` after scripts/bundle.js, with the Node.js that will run the CLI: V8
// refuses a cache from another version, and the CLI then compiles as it would without one.
import { renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachePathOf, loadBundle } from '../dist/cli/cached-bundle.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundlePath = join(root, 'dist', 'bundle', 'claimcheck.cjs');
// What users run most; the corpus in data/ reaches most of the code of each.
const RUNS = [
  ['--version'],
  ['--help'],
  ['lint', 'data'],
  ['lint', 'data', '--format', 'json'],
  ['check', 'data'],
  ['check', 'data', '--format', 'json'],
  ['check', 'data', '--explain'],
  ['report', 'data', '--format', 'json'],
  ['report', 'data'],
];

const bundle = loadBundle(bundlePath);
const sink = { write: () => true, isTTY: false };
const io = { stdout: sink, stderr: sink, cwd: root, env: { CI: 'true', NO_COLOR: '1' } };
for (const args of RUNS) {
  const code = await bundle.exports.run(args, io);
  if (code === 2) throw new Error(`code-cache: claimcheck ${args.join(' ')} failed (exit 2)`);
}
const target = cachePathOf(bundlePath);
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, bundle.cacheData());
renameSync(temporary, target);
process.stdout.write(`cached V8 code of dist/bundle/claimcheck.cjs → ${relative(root, target)}\n`);
