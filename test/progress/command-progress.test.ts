import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

// One more file than the threshold above which the progress line shows from the start.
const FILES = 501;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-progress-'));
  mkdirSync(join(root, 'claims'));
  for (let i = 0; i < FILES; i++) {
    const claim = `source:\n  outlet: Outlet ${i}\n  title: Article ${i}\n  published: 2020-02-13\n  url: https://example.org/${i}\nclaims:\n  - id: c\n    about: number killed\n    says: ${i}\n    quote: ${i} were killed\n`;
    writeFileSync(join(root, 'claims', `outlet-${String(i).padStart(3, '0')}.yaml`), claim);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function terminalIo(env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: root,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: true },
    stderr: { write: (text: string) => (stderr += text), isTTY: true },
  };
  return { io, out: () => stdout, err: () => stderr };
}

describe('the progress line of a large corpus', () => {
  it('check: counts files on stderr, names the cross-check, and erases the line before the result', async () => {
    const { io, out, err } = terminalIo();
    expect(await run(['check', 'claims', '--no-color'], io)).toBe(0);
    expect(err().startsWith(`\rreading 0/${FILES} files…\u001b[K`)).toBe(true);
    expect(err()).toContain('\rcross-checking…\u001b[K');
    expect(err().endsWith('\r\u001b[K')).toBe(true);
    expect(out()).not.toContain('\r');
    expect(out()).toContain('single-source');
  });

  it('lint --format json: the line stays on stderr, stdout stays valid JSON', async () => {
    const { io, out, err } = terminalIo();
    expect(await run(['lint', 'claims', '--format', 'json'], io)).toBe(0);
    expect(err()).toContain(`reading 0/${FILES} files…`);
    expect(err().endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(out()).summary.files).toBe(FILES);
  });

  it('is never shown in CI', async () => {
    const { io, err } = terminalIo({ CI: 'true' });
    expect(await run(['check', 'claims', '--no-color'], io)).toBe(0);
    expect(err()).toBe('');
  });
});
