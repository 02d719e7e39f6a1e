// Precompiles the JSON Schemas into standalone CommonJS validators in dist/schema/, so the CLI
// starts without compiling them. Run by `npm run build` after tsc, with the built code, so the
// build validates exactly as the sources do.
import { writeFileSync } from 'node:fs';
import { SCHEMAS } from '../dist/schema/schema-files.js';
import { standaloneValidatorSource } from '../dist/schema/standalone.js';

for (const entry of Object.values(SCHEMAS)) {
  writeFileSync(new URL(`../dist/schema/${entry.compiled}`, import.meta.url), standaloneValidatorSource(entry));
  process.stdout.write(`compiled src/schema/${entry.schema} → dist/schema/${entry.compiled}\n`);
}
