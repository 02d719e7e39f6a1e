#!/usr/bin/env node
// npm run eval [-- --seed N --events N --write DIR]: measures the cross-check on synthetic corpora
// with known truth and prints precision, recall and F1 per measure. Runs the built code in dist/.
//
// Exit codes: 0 the evaluation ran (whatever the scores: it reports, it does not judge);
//             2 bad arguments, dist/ not built, or something crashed.
let runEval;
try {
  ({ runEval } = await import('../dist/eval/run-eval.js'));
} catch (error) {
  process.stderr.write(`eval: cannot load dist/eval/run-eval.js (${error.message}); run \`npm run build\` first.\n`);
  process.exit(2);
}
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
process.exitCode = await runEval(process.argv.slice(2), io);
