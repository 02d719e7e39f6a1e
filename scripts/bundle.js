// Bundles the command-line program into dist/bundle/, so that Node.js reads a handful of files at start
// instead of some 240 modules: cli.js (the argument parser: all `--version` and `--help` load), one file per
// command (imported when the command runs), the lint worker thread's entry, and the precompiled schema
// validators. Run by `npm run build` after tsc and scripts/compile-schema.js; bin/claimcheck.js loads cli.js.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { SCHEMAS } from '../dist/schema/schema-files.js';

const root = new URL('../', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;
// Modules find the package's files by their own URL two levels down (`../../src/schema/`), as in dist/cli/.
const OUT = path('dist/bundle/');

const commands = readdirSync(path('src/cli/commands')).filter((name) => name.endsWith('-command.ts'));
const program = {
  cli: path('src/cli/run.ts'),
  ...Object.fromEntries(commands.map((name) => [name.replace(/\.ts$/, ''), path(`src/cli/commands/${name}`)])),
};
const apart = {
  // The worker pool starts `./lint-worker.js` beside itself: here, beside the commands. A thread of its own,
  // it shares no module with them.
  'lint-worker': path('src/parallel/lint-worker.ts'),
  // Imported by URL beside the module that loads them (src/schema/schema-files.ts).
  ...Object.fromEntries(Object.values(SCHEMAS).map(({ compiled }) => [compiled.replace(/\.js$/, ''), path(`dist/schema/${compiled}`)])),
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

// Ajv's generated validators give themselves a require() for its helpers and formats; without it, those are
// bundled into each validator instead of loaded from node_modules at start.
const PRELUDE = /^import \{ createRequire \} from "node:module";\nconst require = createRequire\(import\.meta\.url\);\n/;
const selfContainedValidators = {
  name: 'self-contained-validators',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]dist[\\/]schema[\\/]validate-[\w-]+\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(PRELUDE, ''),
      loader: 'js',
    }));
  },
};

const options = {
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [lazyChildProcess, selfContainedValidators],
  // Bundled CommonJS packages (commander, yaml) call require() for Node.js built-ins; an ES module has none.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
};

rmSync(OUT, { recursive: true, force: true });
// The program: what several commands use goes to shared chunks beside them, loaded once (one UsageError
// class for run() to catch, one set of memos), not copied into each.
await build({ ...options, entryPoints: program, splitting: true, chunkNames: 'chunk-[hash]' });
await build({ ...options, entryPoints: apart });
process.stdout.write(`bundled src/cli → dist/bundle/ (cli.js, ${commands.length} commands, lint-worker.js, validators)\n`);
