// The floor of the benchmark: the least any tool must do with a corpus — list its claim files, read
// them and parse each with the same YAML parser claimcheck uses — on one thread.
// Usage: node dist/bench/floor.js DIR   (prints how many files and claims it parsed)
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parse } from 'yaml';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist/bench/floor.js DIR\n');
  process.exit(2);
}
const files = await fg('**/*.{yaml,yml}', { cwd: dir, absolute: true, ignore: ['**/node_modules/**', '**/.git/**', '**/claimcheck.{yaml,yml}'] });
let claims = 0;
for (const file of files) {
  const value = parse(readFileSync(file, 'utf8')) as { claims?: unknown[] } | null;
  claims += Array.isArray(value?.claims) ? value.claims.length : 0;
}
process.stdout.write(`${files.length} files, ${claims} claims\n`);
