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
import { loadBundle } from '../dist/cli/cached-bundle.js';

// The program, bundled and precompiled by `npm run build` (dist/bundle/).
const { run } = loadBundle(fileURLToPath(new URL('../dist/bundle/claimcheck.cjs', import.meta.url))).exports;

// A reader that stops early (`claimcheck check | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
process.exitCode = await run(process.argv.slice(2), io);
