import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintCommand } from '../../src/cli/commands/lint-command.js';
import { UsageError } from '../../src/cli/io.js';
import { fakeIo } from '../fixtures/cli/fake-io.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

describe('lintCommand', () => {
  it('refuses an unknown format with a usage error that lists the choices', async () => {
    const attempt = lintCommand(['clean'], { format: 'xml' }, fakeIo(FIXTURES));
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow('--format must be one of stylish, json, sarif, github, for example --format json; got "xml".');
  });

  it('prints the stylish format when no format is given', async () => {
    const io = fakeIo(FIXTURES);
    expect(await lintCommand(['clean'], {}, io)).toBe(0);
    expect(io.out()).toBe('✔ 2 files checked, no problems\n');
  });

  it('colours a terminal, and not when NO_COLOR is set', async () => {
    const tty = fakeIo(FIXTURES);
    tty.stdout.isTTY = true;
    await lintCommand(['errors'], {}, tty);
    expect(tty.out()).toContain('\u001b[');
    const noColour = fakeIo(FIXTURES, { NO_COLOR: '1' });
    noColour.stdout.isTTY = true;
    await lintCommand(['errors'], {}, noColour);
    expect(noColour.out()).not.toContain('\u001b');
  });

  it('drops warnings under --quiet before the exit code is decided, so they do not count against --max-warnings', async () => {
    const io = fakeIo(FIXTURES);
    expect(await lintCommand(['warnings'], { quiet: true, maxWarnings: 0, format: 'json' }, io)).toBe(0);
    expect(JSON.parse(io.out()).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
  });
});
