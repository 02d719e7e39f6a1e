// Internal errors: an unexpected exception anywhere inside a command exits 2 with one line that says it is a
// bug and how to report it; --debug adds the stack trace. Failures are injected into the commands' dependencies.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { crossCheck } from '../../src/check/cross-check.js';
import { run } from '../../src/cli/run.js';
import { writeFileAtomic } from '../../src/write/write-file-atomic.js';
import { claimFile, cli, populate, scratchDir } from './harness.js';
import { terminalProblems } from './output-checks.js';

vi.mock('../../src/check/cross-check.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/check/cross-check.js')>();
  return { ...original, crossCheck: vi.fn(original.crossCheck) };
});
vi.mock('../../src/write/write-file-atomic.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/write/write-file-atomic.js')>();
  return { ...original, writeFileAtomic: vi.fn(original.writeFileAtomic) };
});

const root = scratchDir('internal');
populate(root, { 'a.yaml': claimFile() });
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.mocked(crossCheck).mockRestore());

const ONE_LINE =
  /^claimcheck: internal error: (.+)\. This is a bug in claimcheck; run again with --debug for the stack trace and report it to the maintainers with the input that caused it\.\n$/;

function failEngine(error: unknown): void {
  vi.mocked(crossCheck).mockImplementation(() => {
    throw error;
  });
}

describe('an unexpected exception inside a command', () => {
  it.each([
    ['check', ['check', 'a.yaml']],
    ['check --format json', ['check', '-f', 'json', 'a.yaml']],
    ['report', ['report', 'a.yaml']],
    ['report -o', ['report', '-o', 'out.md', 'a.yaml']],
  ])('%s: exit 2, nothing on stdout, one line on stderr naming the error', async (_name, args) => {
    failEngine(new TypeError("Cannot read properties of undefined (reading 'date')"));
    const ran = await cli(args, root);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(ONE_LINE);
    expect(ONE_LINE.exec(ran.stderr)![1]).toBe("TypeError: Cannot read properties of undefined (reading 'date')");
  });

  it('lint: a failing output stream is an internal error too', async () => {
    let stderr = '';
    const io = {
      cwd: root,
      env: {},
      stdout: {
        write: () => {
          throw new Error('write EIO');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
    };
    expect(await run(['lint', 'a.yaml'], io)).toBe(2);
    expect(stderr).toMatch(ONE_LINE);
    expect(ONE_LINE.exec(stderr)![1]).toBe('write EIO');
  });

  it('new: a failing write below it is an internal error too', async () => {
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(new RangeError('out of range'));
    const ran = await cli(['new', 'x.yaml'], root);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ONE_LINE.exec(ran.stderr)![1]).toBe('RangeError: out of range');
  });

  it('keeps to one safe line whatever was thrown: a message with line breaks and escapes, a string, undefined', async () => {
    for (const [thrown, shown] of [
      [new Error('first\nsecond\u001b[2J\r::error::forged'), 'first second\\x1b[2J :\u2060:error::forged'],
      ['a string', 'a string'],
      [undefined, 'undefined'],
      [new Error('ends with a full stop.'), 'ends with a full stop'],
      [new Error(''), 'Error'],
    ] as const) {
      failEngine(thrown);
      const ran = await cli(['check', 'a.yaml'], root);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(ONE_LINE);
      expect(ONE_LINE.exec(ran.stderr)![1]).toBe(shown);
      expect(terminalProblems(ran.stderr)).toEqual([]);
    }
  });

  it('--debug adds the stack trace after the same line', async () => {
    failEngine(new Error('boom'));
    const ran = await cli(['check', '--debug', 'a.yaml'], root);
    expect(ran.code).toBe(2);
    const [first, ...stack] = ran.stderr.trimEnd().split('\n');
    expect(`${first}\n`).toMatch(ONE_LINE);
    expect(stack[0]).toBe('Error: boom');
    expect(stack.slice(1).every((line) => /^\s+at /.test(line))).toBe(true);
    expect(stack.length).toBeGreaterThan(1);
  });

  it('without --debug, there is no stack trace', async () => {
    failEngine(new Error('boom'));
    const ran = await cli(['report', 'a.yaml'], root);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  it('the same command without the failure works (the failure was the injected one)', async () => {
    const ran = await cli(['check', 'a.yaml'], root);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
  });
});
