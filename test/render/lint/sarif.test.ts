import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { sarif } from '../../../src/render/lint/sarif.js';
import { isAbsoluteDisplayPath } from '../../../src/render/escape/uri.js';
import { nodeSpan } from '../../../src/parse/parse-yaml.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { LintResult } from '../../../src/render/lint/formatter.js';
import { diag, HOSTILE_FILES, HOSTILE_MESSAGES, MIXED, options, RULES } from './sample-results.js';
import { schemaErrors } from './sarif-schema.js';
import { multitoolFindings } from './sarif-checks.js';

const CWD = '/work/my corpus';
const render = (result: LintResult) => JSON.parse(sarif(result, options({ cwd: CWD })));

function hostileResult(): LintResult {
  const diagnostics: Diagnostic[] = HOSTILE_MESSAGES.flatMap((message, i) =>
    HOSTILE_FILES.map((file, j) => diag({ file, line: i + 1, column: j + 1, endColumn: j + 4, message, rule: RULES[(i + j) % RULES.length].id })),
  );
  return { files: [...HOSTILE_FILES].sort(), diagnostics };
}

describe('sarif: validity', () => {
  it.each([
    ['a mixed result', MIXED],
    ['a clean result', { files: ['a.yaml'], diagnostics: [] }],
    ['no files at all', { files: [], diagnostics: [] }],
    ['hostile messages and file names', hostileResult()],
  ])('validates against the official schema and passes the multitool checks: %s', (_name, result) => {
    const log = render(result as LintResult);
    expect(schemaErrors(log)).toEqual([]);
    expect(multitoolFindings(log)).toEqual([]);
  });

  it('stays valid for any file names, messages, rules and positions', () => {
    const diagnostic = fc.record({
      // Display paths are relative (contract §3.2); absolute ones are tested on their own below.
      file: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((file) => !isAbsoluteDisplayPath(file)),
      line: fc.integer({ min: 0, max: 500 }),
      column: fc.integer({ min: 0, max: 200 }),
      endLine: fc.integer({ min: 0, max: 500 }),
      endColumn: fc.integer({ min: 0, max: 200 }),
      severity: fc.constantFrom('error' as const, 'warning' as const),
      rule: fc.string({ minLength: 1, maxLength: 20 }),
      message: fc.string({ unit: 'grapheme' }),
    });
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 5 }), (diagnostics) => {
        const log = render({ files: [...new Set(diagnostics.map((d) => d.file))].sort(), diagnostics });
        expect(schemaErrors(log)).toEqual([]);
        expect(multitoolFindings(log)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sarif: the validators themselves', () => {
  it('reject logs that break the schema or the multitool rules', () => {
    const log = render(MIXED);
    const result = log.runs[0].results[0];
    result.locations[0].physicalLocation.region.startLine = 0;
    expect(schemaErrors(log).join('\n')).toMatch(/startLine/);
    result.locations[0].physicalLocation.region.startLine = 3;
    result.ruleIndex = 2;
    result.message.text = 'no period';
    result.locations[0].physicalLocation.artifactLocation.uri = 'with space.yaml';
    log.runs[0].tool.driver.rules[0].name = 'yaml_duplicate';
    expect(multitoolFindings(log).map((finding) => finding.slice(0, 9)).sort()).toEqual([
      'SARIF1002',
      'SARIF1009',
      'SARIF1010',
      'SARIF2001',
      'SARIF2012',
    ]);
  });
});

describe('sarif: content', () => {
  it('describes the tool, its version and every rule of the catalogue', () => {
    const driver = render(MIXED).runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: 'claimcheck',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/claimcheck/claimcheck',
    });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(driver.rules[0]).toEqual({
      id: 'yaml/DUPLICATE_KEY',
      name: 'YamlDuplicateKey',
      shortDescription: { text: 'A key appears twice in one mapping.' },
      fullDescription: { text: 'A key appears twice in one mapping. Reported as an error by default.' },
      defaultConfiguration: { level: 'error' },
      helpUri: 'https://github.com/claimcheck/claimcheck#rules',
      help: { text: 'A key appears twice in one mapping. What the rule checks and how to fix what it finds: https://github.com/claimcheck/claimcheck#rules.' },
    });
    expect(driver.rules[3].defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('gives each result its rule, level, sentence message and place', () => {
    const run = render(MIXED).runs[0];
    expect(run.results[1]).toEqual({
      ruleId: 'quote/missing',
      ruleIndex: 3,
      level: 'warning',
      message: { text: 'claim "x" has no quote.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'data/a.yaml', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 12, startColumn: 11, endLine: 12, endColumn: 30 },
          },
        },
      ],
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('lists every file read as an artifact, including clean ones', () => {
    const artifacts = render(MIXED).runs[0].artifacts;
    expect(artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(['data/a.yaml', 'data/b.yaml', 'data/clean.yaml']);
    expect(artifacts[2]).toEqual({
      location: { uri: 'data/clean.yaml', uriBaseId: '%SRCROOT%' },
      roles: ['analysisTarget'],
      mimeType: 'application/yaml',
    });
  });

  it('resolves every result location to the file on disk through %SRCROOT%', () => {
    const log = render(hostileResult());
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
    expect(base).toBe('file:///work/my%20corpus/');
    for (const result of log.runs[0].results) {
      const { uri } = result.locations[0].physicalLocation.artifactLocation;
      const resolved = decodeURIComponent(new URL(uri, base).pathname);
      const artifact = log.runs[0].artifacts[result.locations[0].physicalLocation.artifactLocation.index].location;
      expect(resolved).toBe(decodeURIComponent(new URL(artifact.uri, base).pathname));
    }
    const uris = log.runs[0].artifacts.map((a: { location: { uri: string } }) => decodeURIComponent(new URL(a.location.uri, base).pathname));
    expect(uris).toContain('/work/my corpus/data/with space.yaml');
    expect(uris).toContain('/work/outside/x.yaml');
    expect(uris).toContain('/work/my corpus/c:colon-first.yaml');
  });

  it('gives an absolute file URL, without a base, for a file no relative path reaches (another drive)', () => {
    const log = render({ files: ['D:/other/x.yaml'], diagnostics: [diag({ file: 'D:/other/x.yaml', line: 1, column: 1 })] });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///D:/other/x.yaml', index: 0 });
    expect(schemaErrors(log)).toEqual([]);
    // Only the note that relative paths are preferred, which no relative path can satisfy here.
    expect(multitoolFindings(log).every((finding) => finding.startsWith('SARIF2016'))).toBe(true);
  });

  it('adds a rule the catalogue lacks, so every ruleIndex points at its rule', () => {
    const log = render({ files: ['a.yaml'], diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1, rule: 'file/too-large' })] });
    const { rules } = log.runs[0].tool.driver;
    expect(rules).toHaveLength(RULES.length + 1);
    expect(rules[log.runs[0].results[0].ruleIndex]).toMatchObject({ id: 'file/too-large', name: 'FileTooLarge' });
  });

  it('ends every message with a period without doubling one', () => {
    const log = render({
      files: ['a.yaml'],
      diagnostics: [
        diag({ file: 'a.yaml', line: 1, column: 1, message: 'Already a sentence.' }),
        diag({ file: 'a.yaml', line: 2, column: 1, message: 'ends in a quote "x"' }),
        diag({ file: 'a.yaml', line: 3, column: 1, message: '  ' }),
      ],
    });
    expect(log.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual([
      'Already a sentence.',
      'ends in a quote "x".',
      'No details given.',
    ]);
  });

  it('turns a region whose end comes before its start into an empty region at the start', () => {
    const log = render({ files: ['a.yaml'], diagnostics: [diag({ file: 'a.yaml', line: 5, column: 9, endLine: 4, endColumn: 2 })] });
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 });
  });

  it('marks the invocation unsuccessful when lint stopped early', () => {
    expect(render({ ...MIXED, aborted: true }).runs[0].invocations).toEqual([{ executionSuccessful: false }]);
  });

  it('gives the same bytes for the same input, with no timestamps', () => {
    const text = sarif(MIXED, options());
    expect(sarif(structuredClone(MIXED), options())).toBe(text);
    expect(text).not.toMatch(/TimeUtc|"\d{4}-\d{2}-\d{2}T/);
  });
});

describe('sarif: columns', () => {
  it('declares UTF-16 code units because that is what the YAML parser positions count', () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument('😀: v\n', { lineCounter });
    const value = (doc.contents as YAMLMap<unknown, Node>).items[0].value!;
    // `v` follows a 2-unit emoji, ':' and a space: column 5 in UTF-16 code units (4 in code points).
    expect(nodeSpan(lineCounter, value)).toMatchObject({ line: 1, column: 5 });
    expect(render(MIXED).runs[0].columnKind).toBe('utf16CodeUnits');
  });
});
