import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeCommandData, escapeCommandProperty, workflowCommand } from '../../../src/render/escape/github.js';
import { dotnetTrimEnd, runnerCommands } from './actions-runner.js';

describe('escapeCommandData', () => {
  it('escapes percent, carriage return and line feed as @actions/core does', () => {
    expect(escapeCommandData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
  });

  it('escapes an already-escaped sequence again, so it reads back literally', () => {
    expect(escapeCommandData('%0A')).toBe('%250A');
  });

  it('leaves colons and commas in the message alone', () => {
    expect(escapeCommandData('a: b, c')).toBe('a: b, c');
  });
});

describe('escapeCommandProperty', () => {
  it('also escapes the property delimiters colon and comma', () => {
    expect(escapeCommandProperty('dir:a,b%\n')).toBe('dir%3Aa%2Cb%25%0A');
  });
});

describe('workflowCommand', () => {
  it('writes the command name, the properties and the message', () => {
    expect(workflowCommand('warning', [['file', 'a.yaml'], ['line', 3]], 'look')).toBe('::warning file=a.yaml,line=3::look');
  });

  it('omits the space when there are no properties', () => {
    expect(workflowCommand('error', [], 'plain')).toBe('::error::plain');
  });

  it('always reads back, through the runner, as the one command it was built as', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string(), (file, title, message) => {
        const line = workflowCommand('error', [['file', file], ['title', title]], message);
        const commands = runnerCommands(line);
        expect(commands).toHaveLength(1);
        expect(commands[0].name).toBe('error');
        expect(commands[0].data).toBe(message);
        // The runner drops empty property values and trims the end of the last one; nothing else changes.
        if (file) expect(commands[0].properties.file).toBe(file);
        if (dotnetTrimEnd(title)) expect(commands[0].properties.title).toBe(dotnetTrimEnd(title));
      }),
      { numRuns: 500 },
    );
  });
});
