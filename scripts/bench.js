#!/usr/bin/env node
// npm run bench [-- --sizes 1000,10000,100000 --worst 1000,10000 --runs 3 --keep]: times `check`,
// `lint`, ajv-cli and the bare YAML parse floor on generated corpora, and start-up against bare
// Node.js; prints one table. Runs the built code in dist/.
//
// Exit codes: 0 the benchmark ran (it reports, it does not judge); 2 bad arguments, dist/ not built,
//             or a command failed.
let runBench;
try {
  ({ runBench } = await import('../dist/bench/run-bench.js'));
} catch (error) {
  process.stderr.write(`bench: cannot load dist/bench/run-bench.js (${error.message}); run \`npm run build\` first.\n`);
  process.exit(2);
}
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
process.exitCode = await runBench(process.argv.slice(2), io);
