// Bundles the command-line program into dist/bundle/, so that Node.js reads two files at start instead
// of some 240 modules: claimcheck.cjs (the whole program with the precompiled schema validators, each
// command's modules evaluated when it runs), and the lint worker thread's entry. The program is one
// CommonJS file because that is what V8's code cache can serve (scripts/code-cache.js writes it; see
// src/cli/cached-bundle.ts). Run by `npm run build` after tsc and scripts/compile-schema.js;
// bin/claimcheck.js loads claimcheck.cjs.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILD_LINE_PREFIX } from '../dist/cli/cached-bundle.js';
import { SCHEMAS, VALIDATOR_EXPORT } from '../dist/schema/schema-files.js';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));
// Modules find the package's files by their own URL two levels down (`../../src/schema/`), as in dist/cli/.
const OUT = path('dist/bundle/');

const apart = {
  // The worker pool starts `./lint-worker.js` beside itself: here, beside the program. A thread of its own,
  // it shares no module with it.
  'lint-worker': path('src/parallel/lint-worker.ts'),
};
// The precompiled validators (scripts/compile-schema.js), with Ajv's runtime helpers and formats, go inside
// the bundles in place of src/schema/compiled-validator.ts, which finds them by path; each is evaluated on
// first use.
const bundledValidators = {
  name: 'bundled-validators',
  setup(esbuild) {
    const cases = Object.values(SCHEMAS).map(
      ({ compiled }) => `    case ${JSON.stringify(compiled)}: return require(${JSON.stringify(path(`dist/schema/${compiled}`))}).${VALIDATOR_EXPORT};`,
    );
    const contents = ['export function compiledValidator(entry) {', '  switch (entry.compiled) {', ...cases, '    default: return undefined;', '  }', '}', ''];
    esbuild.onLoad({ filter: /[\\/]src[\\/]schema[\\/]compiled-validator\.ts$/ }, () => ({ contents: contents.join('\n'), loader: 'js' }));
  },
};

// commander loads node:child_process (some 7 ms) for executable subcommands, which claimcheck has none of:
// it gets the module when it first uses it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

const options = {
  outdir: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  plugins: [lazyChildProcess, bundledValidators],
  logLevel: 'warning',
};

rmSync(OUT, { recursive: true, force: true });
await build({
  ...options,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  entryPoints: { claimcheck: path('src/cli/run.ts') },
  // In CommonJS, import.meta is empty: the modules that find files beside themselves get the bundle's URL.
  // Strict, as the ES modules it is made of were.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Its first line names this build by the digest of the rest, for the code cache (src/cli/cached-bundle.ts).
const program = `${OUT}claimcheck.cjs`;
const body = readFileSync(program);
writeFileSync(program, Buffer.concat([Buffer.from(`${BUILD_LINE_PREFIX}sha256:${createHash('sha256').update(body).digest('hex')}\n`), body]));
await build({
  ...options,
  entryPoints: apart,
  format: 'esm',
  // Bundled CommonJS packages (yaml) call require() for Node.js built-ins; an ES module has none.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
});
process.stdout.write('bundled src/cli → dist/bundle/ (claimcheck.cjs, lint-worker.js)\n');
