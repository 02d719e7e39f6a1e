// Fuzzing: the seed corpus with bytes flipped, cut short or spliced with YAML syntax, claim files made of
// random data, and random text in every field. Whatever the input: no uncaught exception, exit 0 or 1,
// and every output format still valid. Fixed seeds, so a failure reproduces.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SEED, scratchDir } from './harness.js';
import { checkJsonProblems, forgedCommands, githubProblems, lintJsonProblems, markdownProblems, sarifProblems, terminalProblems } from './output-checks.js';

const root = scratchDir('fuzz');
cpSync(SEED, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEED_FILES = readdirSync(path.join(SEED, 'claims')).sort();
const seedBytes = (name: string) => readFileSync(path.join(SEED, 'claims', name));

/** A command and format to run, and what makes its output valid. */
interface Output {
  args: string[];
  check: (stdout: string) => string[];
}

const OUTPUTS: Output[] = [
  { args: ['lint'], check: (out) => [...terminalProblems(out), ...forgedCommands(out)] },
  { args: ['lint', '-f', 'json'], check: (out) => [...lintJsonProblems(out), ...forgedCommands(out)] },
  { args: ['lint', '-f', 'sarif'], check: (out) => [...sarifProblems(out), ...forgedCommands(out)] },
  { args: ['lint', '-f', 'github'], check: (out) => githubProblems(out, out.split('\n').filter(Boolean).length) },
  { args: ['check', '--all', '--explain'], check: (out) => [...terminalProblems(out), ...forgedCommands(out)] },
  { args: ['check', '-f', 'json'], check: (out) => [...checkJsonProblems(out), ...forgedCommands(out)] },
  { args: ['report'], check: (out) => [...markdownProblems(out), ...forgedCommands(out)] },
  { args: ['report', '-f', 'json'], check: (out) => [...checkJsonProblems(out), ...forgedCommands(out)] },
];

/** Runs one output over the corpus with `name` replaced by `bytes`, and asserts what holds for any input. */
async function runWith(name: string, bytes: Uint8Array, output: Output, twice: boolean): Promise<void> {
  const file = path.join(root, 'claims', name);
  writeFileSync(file, bytes);
  try {
    const ran = await cli([...output.args, 'claims'], root);
    const context = `${output.args.join(' ')} on ${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 300))}\n${ran.stderr.slice(0, 2000)}`;
    expect([0, 1], context).toContain(ran.code);
    expect(ran.stderr, context).not.toContain('internal error');
    expect(output.check(ran.stdout), context).toEqual([]);
    expect(terminalProblems(ran.stderr), context).toEqual([]);
    expect(forgedCommands(ran.stderr), context).toEqual([]);
    // Same input, same bytes.
    if (twice) expect((await cli([...output.args, 'claims'], root)).stdout, context).toBe(ran.stdout);
  } finally {
    writeFileSync(file, seedBytes(name));
  }
}

// YAML syntax, encodings, escapes and markup spliced into a file.
const SPLICES = [
  ':', ': ', '- ', '[', ']', '{', '}', ',', '?', '&a ', '*a', '*b ', '<<: *a', '!!str ', '!!binary ', '!!set ', '!x ', '\t', '\n---\n', '\n...\n',
  '"', "'", '#', '%YAML 1.1\n', '@', '`', '|', '>-', '\\', '\u0000', '\u001b[31m', '\ufeff', '\r', '\r\n', '\u2028', '\u0085', '~', 'null', '.inf',
  '2020-02-30', '9999-99-99', '1e400', '::error::x', '\n::error::forged\n', '##[error]x', '<script>', '[x](javascript:1)', 'é', '中', '😀', '\u202e',
  '\n    ', '\n  - ', '\n  - id: x\n    about: y\n    says: z\n',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPLICES)), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('lines' as const), drop: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), swap: fc.tuple(fc.nat(), fc.nat()) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Buffer, change: Mutation): Uint8Array {
  switch (change.kind) {
    case 'flip': {
      const out = Buffer.from(bytes);
      for (const [at, mask] of change.at) out[at % out.length] ^= mask;
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, change.at % (bytes.length + 1));
    case 'splice': {
      let text = bytes.toString('utf8');
      for (const [at, piece] of change.at) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + piece + text.slice(i);
      }
      return Buffer.from(text, 'utf8');
    }
    case 'lines': {
      const lines = bytes.toString('utf8').split('\n');
      const [a, b] = change.swap.map((i) => i % lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      const dropped = new Set(change.drop.map((i) => i % lines.length));
      return Buffer.from(lines.filter((_, i) => !dropped.has(i)).join('\n'), 'utf8');
    }
  }
}

const anyOutput = fc.constantFrom(...OUTPUTS);
const anySeed = fc.constantFrom(...SEED_FILES);
const sometimes = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);

// Text of every kind: any code point (lone surrogates included), graphemes, and the splices above.
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...SPLICES), fc.constant(''));
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(day, day.map((d) => d.slice(0, 7)), fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)), text);
const answer = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constantFrom('2', 'at least 2', '2-3', 'about 40', 'no', 'not a civilian', 'civilian'));

// Claim files of the right shape (mostly), with random text everywhere, so they reach the cross-check.
const claimData = fc
  .record({
    events: fc.uniqueArray(fc.record({ id: slug, title: text, date: fc.option(date, { nil: undefined }), place: fc.option(text, { nil: undefined }), actors: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }), key: fc.option(slug, { nil: undefined }) }), { maxLength: 4, selector: (e) => e.id }),
    claims: fc.uniqueArray(fc.record({ id: slug, about: text, says: answer, by: fc.option(text, { nil: undefined }), via: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }), quote: fc.option(text, { nil: undefined }), hedged: fc.option(fc.boolean(), { nil: undefined }), said: fc.option(date, { nil: undefined }), note: fc.option(text, { nil: undefined }), event: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 1, maxLength: 6, selector: (c) => c.id }),
    source: fc.record({ outlet: text, title: text, published: date, url: fc.option(fc.oneof(fc.webUrl(), text), { nil: undefined }), lean: fc.option(text, { nil: undefined }) }),
  })
  .map(({ source, events, claims }) => ({
    source,
    events,
    claims: claims.map(({ event, ...claim }) => ({ ...claim, ...(event !== undefined && events.length > 0 ? { event: events[event % events.length].id } : {}) })),
  }));

// Drops undefined fields, which the YAML writer would otherwise write as empty values.
const toYaml = (value: unknown) => stringify(JSON.parse(JSON.stringify(value)) as unknown, { lineWidth: 0 });

describe('fuzzing with fast-check', () => {
  it('survives the seed files with bytes flipped, cut short, spliced and lines dropped', async () => {
    await fc.assert(
      fc.asyncProperty(anySeed, mutation, anyOutput, sometimes, async (name, change, output, twice) => {
        await runWith(name, mutate(seedBytes(name), change), output, twice);
      }),
      { seed: 20200212, numRuns: 90 },
    );
  }, 120_000);

  it('survives claim files of random text in every field, through the cross-check', async () => {
    await fc.assert(
      fc.asyncProperty(anySeed, claimData, anyOutput, sometimes, async (name, data, output, twice) => {
        await runWith(name, Buffer.from(toYaml(data), 'utf8'), output, twice);
      }),
      { seed: 20200213, numRuns: 60 },
    );
  }, 120_000);

  it('survives random YAML made from random data', async () => {
    const data = fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withObjectString: true });
    await fc.assert(
      fc.asyncProperty(anySeed, data, anyOutput, async (name, value, output) => {
        let yaml: string;
        try {
          yaml = toYaml(value);
        } catch {
          return; // not representable as JSON data (a BigInt, say): nothing to write
        }
        await runWith(name, Buffer.from(yaml, 'utf8'), output, false);
      }),
      { seed: 20200214, numRuns: 30 },
    );
  }, 120_000);

  it('survives a mangled claimcheck.yaml: exit 2 with the configuration located, or a normal run', async () => {
    const config = readFileSync(path.join(SEED, 'claimcheck.yaml'));
    const file = path.join(root, 'claimcheck.yaml');
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom(['lint', '-f', 'json'], ['check'], ['report']), async (change, args) => {
        writeFileSync(file, mutate(config, change));
        try {
          const ran = await cli([...args, 'claims'], root);
          const context = `${args.join(' ')}: ${ran.stderr.slice(0, 1000)}`;
          expect([0, 1, 2], context).toContain(ran.code);
          expect(ran.stderr, context).not.toContain('internal error');
          if (ran.code === 2) expect(`${ran.stdout}${ran.stderr}`, context).toMatch(/claimcheck\.yaml(:|",\n\s+"line": )\d+|claimcheck\.yaml\n\s+\d+:\d+/);
          expect(terminalProblems(ran.stderr), context).toEqual([]);
        } finally {
          writeFileSync(file, config);
        }
      }),
      { seed: 20200215, numRuns: 40 },
    );
  }, 120_000);
});
