import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Which step of the write should fail; the real fs/promises does everything else.
const failing = vi.hoisted(() => ({ step: undefined as 'rename' | 'sync' | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (step: string) => Object.assign(new Error(`ENOSPC: no space left on device, ${step}`), { code: 'ENOSPC' });
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (failing.step === 'rename') throw fail('rename');
      return real.rename(from, to);
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (failing.step === 'sync' && args[1] === 'wx') {
        handle.sync = async () => {
          throw fail('fsync');
        };
      }
      return handle;
    },
  };
});

const { writeFileAtomic } = await import('../../src/write/write-file-atomic.js');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimcheck-write-fail-'));
});

afterEach(async () => {
  failing.step = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic when a step fails', () => {
  for (const step of ['sync', 'rename'] as const) {
    it(`removes its temporary file and leaves the old report when ${step} fails`, async () => {
      const target = path.join(dir, 'report.md');
      await writeFile(target, 'the old report');
      failing.step = step;
      await expect(writeFileAtomic(target, 'the new report', { inputs: [], displayPath: 'report.md' })).rejects.toThrow(
        /^cannot write report\.md: ENOSPC: no space left on device/,
      );
      expect(await readFile(target, 'utf8')).toBe('the old report');
      expect(await readdir(dir)).toEqual(['report.md']);
    });
  }

  it('leaves nothing at all when there was no report before', async () => {
    failing.step = 'rename';
    await expect(writeFileAtomic(path.join(dir, 'report.md'), 'x', { inputs: [] })).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });
});
