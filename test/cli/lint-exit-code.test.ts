import { describe, expect, it } from 'vitest';
import { lintExitCode } from '../../src/cli/commands/lint-command.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const at = (severity: Diagnostic['severity']): Diagnostic => ({
  file: 'a.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  severity,
  rule: 'r/x',
  message: 'm',
});

describe('lintExitCode', () => {
  it('is 0 with nothing found', () => {
    expect(lintExitCode([])).toBe(0);
    expect(lintExitCode([], 0)).toBe(0);
  });

  it('is 1 with any error, whatever the warning limit', () => {
    expect(lintExitCode([at('error')])).toBe(1);
    expect(lintExitCode([at('error')], 100)).toBe(1);
  });

  it('is 0 with warnings and no limit', () => {
    expect(lintExitCode([at('warning'), at('warning')])).toBe(0);
  });

  it('is 1 only when warnings are more than the limit', () => {
    const two = [at('warning'), at('warning')];
    expect(lintExitCode(two, 2)).toBe(0);
    expect(lintExitCode(two, 1)).toBe(1);
    expect(lintExitCode(two, 0)).toBe(1);
  });
});
