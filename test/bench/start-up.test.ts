import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// Static imports and re-exports; `import type` and `export type` vanish from the built code, and
// `import('…')` loads only when reached.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module a source module loads before it runs: relative paths below src/, and packages by name. */
function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const [, specifier] of readFileSync(join(SRC, file), 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) visit(relative(SRC, join(SRC, dirname(file), specifier)).replace(/\.js$/, '.ts').split('\\').join('/'));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { modules, packages };
}

describe('start-up', () => {
  it('finds static imports and skips type-only ones', () => {
    const { packages } = staticGraph('validate/lint-file.ts');
    expect(packages).toContain('yaml');
    expect(staticGraph('cli/io.ts').modules).toEqual(new Set(['cli/io.ts']));
  });

  it('claimcheck --version loads only commander: no YAML parser, validator, colours or engine', () => {
    const { modules, packages } = staticGraph('cli/run.ts');
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual(['commander']);
    const heavy = [...modules].filter((m) => /^(parse|validate|normalise|group|compare|check|render\/(lint|check|report))\//.test(m));
    expect(heavy).toEqual([]);
  });

  it('check and report load the stylish lint format for lint findings, not the SARIF, GitHub or JSON ones', () => {
    for (const command of ['cli/commands/check-command.ts', 'cli/commands/report-command.ts']) {
      const { modules } = staticGraph(command);
      expect(modules).toContain('render/lint/stylish.ts');
      for (const unused of ['index', 'sarif', 'github', 'json']) expect(modules).not.toContain(`render/lint/${unused}.ts`);
    }
  });

  it('a small corpus does not load the worker pool: it is imported only when a corpus is large', () => {
    const { modules, packages } = staticGraph('cli/commands/check-command.ts');
    expect(modules).toContain('validate/lint-corpus.ts');
    expect(modules).not.toContain('parallel/worker-pool.ts');
    expect(packages).not.toContain('node:worker_threads');
  });
});
