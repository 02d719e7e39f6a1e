#!/usr/bin/env node
// claimcheck: cross-check what news sources claim.
//
// Exit codes (every command):
//   0  done; nothing at or above the failure threshold
//   1  done; findings at or above the threshold (lint errors, warnings past
//      --max-warnings, contested topics under `check --fail-on contested`)
//   2  could not do the job: bad arguments, no input files matched, an
//      unreadable path, an internal error
import { fileURLToPath } from 'node:url';

// The program, bundled and precompiled by `npm run build` (dist/bundle/).
let run;
try {
  const { loadBundle } = await import('../dist/cli/cached-bundle.js');
  ({ run } = loadBundle(fileURLToPath(new URL('../dist/bundle/claimcheck.cjs', import.meta.url))).exports);
} catch (error) {
  process.stderr.write(`claimcheck: cannot load the program (${error.message.split('\n')[0]}); build it with \`npm run build\` (npm install does) and try again.\n`);
  process.exit(2);
}

// A reader that stops early (`claimcheck check | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
process.exitCode = await run(process.argv.slice(2), io);
