import { UsageError } from '../cli/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { oneLine } from '../render/escape/terminal.js';

/** A malformed `claimcheck.yaml`: stops every command with exit 2, carrying the located problems. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
  readonly diagnostics: Diagnostic[];

  constructor(file: string, diagnostics: Diagnostic[]) {
    // One line per problem, whatever line breaks the file's own text brings into a message.
    const lines = diagnostics.map((d) => `  ${oneLine(`${d.file}:${d.line}:${d.column}: ${d.message} (${d.rule})`)}`);
    super(`the configuration ${file} is not valid:\n${lines.join('\n')}`);
    this.diagnostics = diagnostics;
  }
}
