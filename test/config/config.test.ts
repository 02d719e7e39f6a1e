import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { ConfigError } from '../../src/config/config-error.js';
import { findConfig } from '../../src/config/find-config.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/config/', import.meta.url));
const CORPUS = join(FIXTURES, 'corpus');
const scratch = mkdtempSync(join(tmpdir(), 'claimcheck-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The ConfigError a configuration text raises, or fails the test. */
function configError(text: string): ConfigError {
  try {
    parseConfig(text, 'claimcheck.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('findConfig', () => {
  it('finds claimcheck.yaml in the directory given', () => {
    expect(findConfig(['.'], CORPUS)).toBe(join(CORPUS, 'claimcheck.yaml'));
  });

  it('finds it in an ancestor of a nested directory, and of a file argument', () => {
    expect(findConfig(['nested/deeper'], CORPUS)).toBe(join(CORPUS, 'claimcheck.yaml'));
    expect(findConfig(['claims/enab-baladi-2020-02-13.yaml'], CORPUS)).toBe(join(CORPUS, 'claimcheck.yaml'));
  });

  it('looks from the first path only', () => {
    expect(findConfig([join(FIXTURES, 'empty'), CORPUS], scratch)).toBe(join(FIXTURES, 'empty', 'claimcheck.yaml'));
  });

  it('finds nothing when no directory up to the root has one', () => {
    expect(findConfig(['.'], scratch)).toBeUndefined();
  });

  it('uses --config when given, relative to the working directory', () => {
    expect(findConfig(['.'], FIXTURES, 'empty/claimcheck.yaml')).toBe(join(FIXTURES, 'empty', 'claimcheck.yaml'));
  });

  it('refuses a --config that does not exist, as a usage error naming it', () => {
    expect(() => findConfig(['.'], FIXTURES, 'missing.yaml')).toThrow(UsageError);
    expect(() => findConfig(['.'], FIXTURES, 'missing.yaml')).toThrow(/--config missing\.yaml: no such file/);
  });
});

describe('loadConfig', () => {
  it('reads every setting of a valid configuration, with its display path', async () => {
    const config = await loadConfig(['claims'], CORPUS);
    expect(config).toEqual({
      aliases: { Derik: ['al-Malikiyah', 'al-Malakiya', 'Dêrik'], SOHR: ['Syrian Observatory for Human Rights'] },
      topics: { 'actors present': { multi: true } },
      compatible: [['pro-government forces', 'NDF fighter']],
      dateTolerance: 2,
      maxFileSize: 200000,
      file: 'claimcheck.yaml',
    });
  });

  it('shows the path relative to the working directory', async () => {
    expect((await loadConfig(['corpus'], FIXTURES)).file).toBe('corpus/claimcheck.yaml');
  });

  it('gives the empty configuration when there is none, or it has only comments', async () => {
    expect(await loadConfig(['.'], scratch)).toEqual({ aliases: {}, topics: {}, compatible: [] });
    expect(await loadConfig(['empty'], FIXTURES)).toEqual({ aliases: {}, topics: {}, compatible: [], file: 'empty/claimcheck.yaml' });
  });

  it('refuses a schema-invalid configuration with every problem located', async () => {
    const error = await loadConfig(['bad-schema'], FIXTURES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(UsageError);
    const found = (error as ConfigError).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
    expect(found).toEqual([
      'bad-schema/claimcheck.yaml:2:10 schema/type',
      'bad-schema/claimcheck.yaml:4:21 schema/unknown-field',
      'bad-schema/claimcheck.yaml:6:5 schema/size',
      'bad-schema/claimcheck.yaml:7:16 schema/range',
    ]);
    expect((error as ConfigError).message).toContain('did you mean "multi"?');
    expect((error as ConfigError).message).toContain('bad-schema/claimcheck.yaml:7:16: dateTolerance must be at least 0; found -1');
  });

  it('refuses a configuration that is not valid YAML, located', async () => {
    const error = (await loadConfig(['bad-yaml'], FIXTURES).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics.every((d) => d.rule.startsWith('yaml/') && d.line >= 2)).toBe(true);
  });
});

describe('alias conflicts', () => {
  it('refuses a variant under two canonical names, and a canonical name that is another\'s variant', async () => {
    const error = (await loadConfig(['bad-aliases'], FIXTURES).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column, message: d.message }))).toEqual([
      {
        rule: 'config/alias-conflict',
        line: 3,
        column: 14,
        message: '"dêrik" is listed as a variant of both "Derik" (line 2) and "Qamishli"; a name may belong to one canonical name only. Remove one of them',
      },
      {
        rule: 'config/alias-conflict',
        line: 4,
        column: 13,
        message: '"Derik" is a variant of "Hasakah" but is also a canonical name of its own ("Derik", line 2); merge the two entries under one name',
      },
    ]);
  });

  it('allows a variant that repeats its own canonical name or appears twice under it', () => {
    expect(parseConfig('aliases:\n  Derik: [Derik, Dêrik, dêrik]\n', 'c.yaml').aliases).toEqual({ Derik: ['Derik', 'Dêrik', 'dêrik'] });
  });

  it('counts names differing only in case or spacing as the same name', () => {
    expect(configError('aliases:\n  A: [x  y]\n  B: [X Y]\n').diagnostics).toHaveLength(1);
  });
});
