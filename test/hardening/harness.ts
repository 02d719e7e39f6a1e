// Runs the CLI in-process on files made in a scratch directory, for the hardening tests.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';

/** The copy of the seed corpus (claims, articles, configuration) the fuzz tests start from. */
export const SEED = fileURLToPath(new URL('../fixtures/hardening/seed/', import.meta.url));

/** What one run of the CLI did. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimcheck ...args` in `cwd` with a recording io (no terminal, no colour variables). */
export async function cli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Ran> {
  const io = fakeIo(cwd, env);
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** An entry to create: a file's text or bytes, a symbolic link, a directory or a named pipe. */
export type Entry = string | Uint8Array | { link: string } | { dir: true } | { fifo: true };

/** A fresh directory under the system's temporary folder. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `claimcheck-${prefix}-`));
}

/** Creates `entries` (paths relative to `dir`, `/`-separated), parent directories included. */
export function populate(dir: string, entries: Record<string, Entry>): void {
  for (const [name, entry] of Object.entries(entries)) {
    const target = path.join(dir, ...name.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(target, entry);
    else if ('link' in entry) symlinkSync(entry.link, target);
    else if ('dir' in entry) mkdirSync(target, { recursive: true });
    else makeFifo(target);
  }
}

// Node has no mkfifo: a test that needs a pipe makes one with the system's tool (see canMakeFifo).
function spawnMkfifo(target: string) {
  return spawnSync('mkfifo', [target]);
}

function makeFifo(target: string): void {
  if (spawnMkfifo(target).status !== 0) throw new Error(`mkfifo ${target} failed`);
}

/** True where named pipes can be made (POSIX with mkfifo). */
export function canMakeFifo(): boolean {
  if (process.platform === 'win32') return false;
  const dir = scratchDir('fifo-probe');
  try {
    return spawnMkfifo(path.join(dir, 'p')).status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file below `dir`, relative and sorted, links (not followed) and pipes included, to spot leftovers. */
export function listing(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const stats = lstatSync(full);
      if (stats.isDirectory()) walk(full, `${prefix}${name}/`);
      else found.push(`${prefix}${name}`);
    }
  };
  walk(dir, '');
  return found;
}

/** A valid claim file about one event, with `claims` claims (ids c-0, c-1, …) giving one answer to one question. */
export function claimFile(options: { outlet?: string; claims?: number } = {}): string {
  const count = options.claims ?? 1;
  const lines = [
    'source:',
    `  outlet: ${options.outlet ?? 'Valley Post'}`,
    '  title: A clash at a checkpoint',
    '  published: 2020-02-13',
    '  url: https://example.org/a',
    'events:',
    '  - id: clash',
    '    title: Clash at the checkpoint of Khirbet Amo',
    '    date: 2020-02-12',
    '    place: Khirbet Amo',
    'claims:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(`  - id: c-${i}`, '    event: clash', '    about: identity of the man killed', '    says: civilian', '    by: SANA', '    quote: the man was a civilian');
  }
  return `${lines.join('\n')}\n`;
}
