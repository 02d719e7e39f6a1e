// Bundles the command-line program into dist/bundle/, so that Node.js reads a handful of files at start
// instead of some 240 modules: claimcheck.cjs (the whole program, each command's modules evaluated when
// it runs), the lint worker thread's entry, and the precompiled schema validators. The program is one
// CommonJS file because that is what V8's code cache can serve (scripts/code-cache.js writes it; see
// src/cli/cached-bundle.ts). Run by `npm run build` after tsc and scripts/compile-schema.js;
// bin/claimcheck.js loads claimcheck.cjs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { SCHEMAS } from '../dist/schema/schema-files.js';

const root = new URL('../', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;
// Modules find the package's files by their own URL two levels down (`../../src/schema/`), as in dist/cli/.
const OUT = path('dist/bundle/');

const apart = {
  // The worker pool starts `./lint-worker.js` beside itself: here, beside the program. A thread of its own,
  // it shares no module with it.
  'lint-worker': path('src/parallel/lint-worker.ts'),
};
// Required by path beside the module that loads them (src/schema/schema-files.ts), each with Ajv's
// runtime helpers and formats bundled in.
const validators = Object.fromEntries(Object.values(SCHEMAS).map(({ compiled }) => [compiled.replace(/\.cjs$/, ''), path(`dist/schema/${compiled}`)]));

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
  plugins: [lazyChildProcess],
  logLevel: 'warning',
};

const commonJs = { ...options, format: 'cjs', outExtension: { '.js': '.cjs' } };

rmSync(OUT, { recursive: true, force: true });
await build({
  ...commonJs,
  entryPoints: { claimcheck: path('src/cli/run.ts') },
  // In CommonJS, import.meta is empty: the modules that find files beside themselves get the bundle's URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...commonJs, entryPoints: validators });
await build({
  ...options,
  entryPoints: apart,
  format: 'esm',
  // Bundled CommonJS packages (yaml) call require() for Node.js built-ins; an ES module has none.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
});
process.stdout.write('bundled src/cli → dist/bundle/ (claimcheck.cjs, lint-worker.js, validators)\n');
