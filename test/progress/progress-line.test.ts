import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { erase, progressText, redraw } from '../../src/progress/progress-line.js';
import { lineProgress, wantsProgress } from '../../src/progress/progress.js';

const ERASE_END = '\u001b[K';

/** A stream that records writes, and a clock the test moves by hand. */
function setup() {
  const writes: string[] = [];
  let time = 0;
  const stream = { write: (text: string) => writes.push(text), isTTY: true };
  return { writes, stream, now: () => time, advance: (ms: number) => (time += ms) };
}

describe('progressText', () => {
  it('counts files while reading, then names the cross-check', () => {
    expect(progressText({ stage: 'reading', done: 1234, total: 10000 })).toBe('reading 1234/10000 files…');
    expect(progressText({ stage: 'cross-checking' })).toBe('cross-checking…');
  });

  it('redraws from the start of the line and erases what a longer line left behind', () => {
    expect(redraw('cross-checking…')).toBe(`\rcross-checking…${ERASE_END}`);
    expect(erase()).toBe(`\r${ERASE_END}`);
  });
});

describe('lineProgress', () => {
  it('shows nothing for a small, quick run', () => {
    const { writes, stream, now, advance } = setup();
    const progress = lineProgress(stream, now);
    progress.reading(0, 40);
    advance(200);
    progress.reading(40, 40);
    progress.crossChecking();
    progress.clear();
    expect(writes).toEqual([]);
  });

  it('shows a large corpus from the first file, redraws at most every 100 ms, then the cross-check, and clears', () => {
    const { writes, stream, now, advance } = setup();
    const progress = lineProgress(stream, now);
    progress.reading(0, 10000);
    advance(50);
    progress.reading(64, 10000); // too soon after the last redraw
    advance(60);
    progress.reading(128, 10000);
    progress.crossChecking(); // a new stage is always drawn
    progress.clear();
    expect(writes).toEqual([
      `\rreading 0/10000 files…${ERASE_END}`,
      `\rreading 128/10000 files…${ERASE_END}`,
      `\rcross-checking…${ERASE_END}`,
      `\r${ERASE_END}`,
    ]);
  });

  it('starts showing a small corpus once the run has taken longer than a second', () => {
    const { writes, stream, now, advance } = setup();
    const progress = lineProgress(stream, now);
    progress.reading(0, 100);
    advance(1001);
    progress.reading(10, 100);
    expect(writes).toEqual([`\rreading 10/100 files…${ERASE_END}`]);
  });

  it('after a clear (for other output), shows the next stage of a large run again', () => {
    const { writes, stream, now } = setup();
    const progress = lineProgress(stream, now);
    progress.reading(600, 600);
    progress.clear();
    progress.clear(); // nothing on screen: nothing to erase
    progress.crossChecking();
    expect(writes).toEqual([`\rreading 600/600 files…${ERASE_END}`, `\r${ERASE_END}`, `\rcross-checking…${ERASE_END}`]);
  });
});

describe('wantsProgress', () => {
  const io = (isTTY: boolean, env: Record<string, string> = {}): Io => ({
    cwd: '/',
    env,
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true, isTTY },
  });

  it('only when stderr is a terminal', () => {
    expect(wantsProgress(io(true))).toBe(true);
    expect(wantsProgress(io(false))).toBe(false);
  });

  it('never in CI', () => {
    expect(wantsProgress(io(true, { CI: 'true' }))).toBe(false);
    expect(wantsProgress(io(true, { CI: '1' }))).toBe(false);
    expect(wantsProgress(io(true, { CI: 'false' }))).toBe(true);
    expect(wantsProgress(io(true, { CI: '' }))).toBe(true);
  });

  it('never when machine-readable output goes to stderr', () => {
    expect(wantsProgress(io(true), true)).toBe(false);
  });
});
