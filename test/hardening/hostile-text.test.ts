// Untrusted text in every output: claim files (and their names) full of terminal escapes, forged workflow
// commands and markup go through every command and format, and each output stays what it claims to be.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runnerCommands } from '../render/lint/actions-runner.js';
import { cli, populate, scratchDir, type Ran } from './harness.js';
import { checkJsonProblems, forgedCommands, githubProblems, lintJsonProblems, markdownProblems, sarifProblems, terminalProblems } from './output-checks.js';

// Terminal escapes (CSI, OSC title and hyperlink, C1 CSI, BEL, NUL), line breaks of every kind, bidi
// overrides, forged workflow commands old and new, HTML, markdown and autolink triggers.
const HOSTILE = [
  '\u001b[31mred\u001b[0m \u001b]0;pwned\u0007 \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u009b2J \u0000nul \u0008bs',
  '\r\n::error file=forged.yaml,line=1::forged\n::add-mask::secret\r::warning::cr %0A::notice::escaped ##[error]legacy',
  '\u2028::error::after-line-separator\u2029 \u0085::error::after-nel \u202eevil\u202c \u2066iso\u2069',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> [link](javascript:alert(1)) ![i](https://evil.example/i.png)',
  '| cell | break | **bold** _em_ `code` $math$ @octocat #12 www.evil.example https://evil.example &amp; <!-- c -->',
  '- list\n# heading\n1. item\n> quote\n---\n',
].join(' ');

const q = (text: string) => JSON.stringify(text);

// Answers that differ in words, so the cross-check sets them against each other, and carry escapes and markup too.
const ANSWERS = ['civilian\u001b[2J|<b>x</b>', 'NDF fighter\u001b]0;t\u0007 **', '42', 'true'];

function claimFile(says: string, outlet: string): string {
  return `source:
  outlet: ${q(`${outlet} ${HOSTILE}`)}
  title: ${q(`Title ${HOSTILE}`)}
  published: 2020-02-13
  url: https://example.org/a?q=%3Cscript%3E
  lean: ${q(HOSTILE)}
events:
  - id: clash
    title: ${q(`Clash at the checkpoint ${HOSTILE}`)}
    date: 2020-02-12
    place: ${q(`Khirbet Amo ${HOSTILE}`)}
    actors: [${q(HOSTILE)}]
claims:
  - id: killed
    event: clash
    about: ${q(`identity of the man killed ${HOSTILE}`)}
    says: ${q(says)}
    by: ${q(`${outlet} agency ${HOSTILE}`)}
    via: [${q(HOSTILE)}]
    quote: ${q(`the man was ${HOSTILE}`)}
    note: ${q(HOSTILE)}
  - id: standing
    about: ${q(`a standing question ${HOSTILE}`)}
    says: ${q(says)}
    quote: ${q(HOSTILE)}
`;
}

// A file whose lint messages echo hostile text: an unknown field, a bad address, a bad id, a quote not in its archive.
const BROKEN = `source:
  outlet: Broken
  title: Broken
  published: ${q(`13 Feb ${HOSTILE}`)}
  url: ${q(`javascript:alert(1)//${HOSTILE}`)}
  archive: article.txt
claims:
  - id: ${q(`bad id ${HOSTILE}`)}
    about: x
    says: y
    quote: ${q(`not in the article ${HOSTILE}`)}
    ${q(HOSTILE)}: 1
`;

// File names with spaces, quotes, non-ASCII, workflow-command syntax, a line break and an escape.
const NAMES = {
  spaces: `claims/with space 'single' "double" é 中.yaml`,
  command: 'claims/::error::x,y%0A.yaml',
  newline: 'claims/line\n::warning::forged.yaml',
  escape: 'claims/\u001b[31mred.yaml',
  markup: 'claims/<b>|pipe|#1 @x.yaml',
};

const root = scratchDir('hostile');
const runs = new Map<string, Ran>();
const exec = async (args: string[]) => {
  const ran = await cli(args, root);
  runs.set(args.join(' '), ran);
  return ran;
};

beforeAll(async () => {
  populate(root, {
    [NAMES.spaces]: claimFile(ANSWERS[0], 'North'),
    [NAMES.command]: claimFile(ANSWERS[1], 'South'),
    [NAMES.newline]: claimFile(ANSWERS[2], 'East'),
    [NAMES.escape]: claimFile(ANSWERS[3], 'West'),
    [NAMES.markup]: BROKEN,
    'claims/article.txt': 'An article that quotes nobody.\n',
  });
  for (const format of ['stylish', 'json', 'sarif', 'github']) await exec(['lint', '-f', format, 'claims']);
  await exec(['lint', '--color', 'claims']);
  for (const format of ['stylish', 'json']) await exec(['check', '--all', '--explain', '-f', format, 'claims']);
  await exec(['check', '--color', '--all', 'claims']);
  for (const format of ['markdown', 'json']) await exec(['report', '-f', format, 'claims']);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ran = (args: string) => runs.get(args)!;

describe('untrusted text, lint', () => {
  it('runs every format to the end with exit 1 (the broken file), and nothing on stderr', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      expect(ran(`lint -f ${format} claims`)).toMatchObject({ code: 1, stderr: '' });
    }
  });

  it('stylish, plain and coloured: no control, escape or bidi character reaches the terminal', () => {
    expect(terminalProblems(ran('lint -f stylish claims').stdout)).toEqual([]);
    const coloured = ran('lint --color claims').stdout;
    expect(coloured).toContain('\u001b[');
    expect(terminalProblems(coloured)).toEqual([]);
  });

  it('stylish names the broken file as it is, on one line', () => {
    expect(ran('lint -f stylish claims').stdout).toMatch(/^claims\/<b>\|pipe\|#1 @x\.yaml\n {2}4:14 /m);
  });

  it('json keeps every file name and message exactly, as valid JSON', () => {
    const text = ran('lint -f json claims').stdout;
    expect(lintJsonProblems(text)).toEqual([]);
    const log = JSON.parse(text) as { summary: { files: number }; diagnostics: { file: string; message: string }[] };
    expect(log.summary.files).toBe(5);
    expect(log.diagnostics.map((d) => d.file)).toContain(NAMES.markup);
    expect(log.diagnostics.some((d) => d.message.includes('\u001b[31mred'))).toBe(true);
  });

  it('sarif passes the SARIF 2.1.0 schema and the multitool rules, with every file name encoded', () => {
    const text = ran('lint -f sarif claims').stdout;
    expect(sarifProblems(text)).toEqual([]);
    const uris = (JSON.parse(text).runs[0].artifacts as { location: { uri: string } }[]).map((a) => a.location.uri);
    expect(uris).toHaveLength(5);
    for (const uri of uris) expect(decodeURIComponent(uri)).toMatch(/^claims\//);
  });

  it('github: exactly one error or warning command per diagnostic, none forged, each on the right file', () => {
    const text = ran('lint -f github claims').stdout;
    const diagnostics = JSON.parse(ran('lint -f json claims').stdout).diagnostics as { file: string; message: string }[];
    expect(githubProblems(text, diagnostics.length)).toEqual([]);
    const commands = runnerCommands(text);
    expect(commands.map((c) => c.properties.file)).toEqual(diagnostics.map((d) => d.file));
    expect(commands.some((c) => c.properties.file === NAMES.markup)).toBe(true);
  });
});

describe('untrusted text, check and report', () => {
  it('check runs to the end: exit 1 for the broken file, the others cross-checked', () => {
    expect(ran('check --all --explain -f stylish claims').code).toBe(1);
    expect(ran('check --all --explain -f json claims').code).toBe(1);
  });

  it('check stylish, plain and coloured, and the lint findings on stderr are safe for a terminal', () => {
    for (const args of ['check --all --explain -f stylish claims', 'check --color --all claims']) {
      const { stdout, stderr } = ran(args);
      expect(stdout).toContain('CONTESTED');
      expect(terminalProblems(stdout)).toEqual([]);
      expect(terminalProblems(stderr)).toEqual([]);
    }
  });

  it('no output but --format github holds a workflow command for a CI runner, on stdout or stderr', () => {
    for (const [args, { stdout, stderr }] of runs) {
      if (!args.includes('github')) expect(forgedCommands(stdout), args).toEqual([]);
      expect(forgedCommands(stderr), args).toEqual([]);
    }
  });

  it('check stylish names every file on one line, its escapes made visible and command markers split', () => {
    const out = ran('check --all --explain -f stylish claims').stdout;
    expect(out).toContain("claims/with space 'single' \"double\" é 中.yaml:14");
    expect(out).toContain('claims/\\x1b[31mred.yaml:14');
    expect(out).toContain('claims/line :\u2060:warning::forged.yaml:14');
    expect(out).toContain('claims/::error::x,y%0A.yaml:14');
  });

  it('check json keeps the claims\' own text exactly', () => {
    const text = ran('check --all --explain -f json claims').stdout;
    expect(checkJsonProblems(text)).toEqual([]);
    const result = JSON.parse(text) as { events: { topics: { positions: { says: unknown }[] }[] }[] };
    const answers = result.events.flatMap((e) => e.topics.flatMap((t) => t.positions.map((p) => p.says)));
    expect(answers).toEqual(expect.arrayContaining([ANSWERS[0], ANSWERS[1]]));
    const reports = result.events.flatMap((e) => (e as unknown as { reports: { file: string }[] }).reports.map((r) => r.file));
    expect(reports.sort()).toEqual([NAMES.command, NAMES.escape, NAMES.newline, NAMES.spaces].sort());
  });

  it('report markdown is markdownlint-clean and renders no injected element or link', () => {
    const { code, stdout } = ran('report -f markdown claims');
    expect(code).toBe(1);
    expect(stdout).toContain('## Contested');
    expect(markdownProblems(stdout)).toEqual([]);
  });

  it('report json is the check JSON, valid whatever the text', () => {
    const { code, stdout } = ran('report -f json claims');
    expect(code).toBe(1);
    expect(checkJsonProblems(stdout)).toEqual([]);
  });
});

describe('untrusted text in arguments and messages', () => {
  it('a usage error quoting a path with a line break and escapes stays one safe line', async () => {
    const { code, stderr } = await cli(['lint', 'nope\n::error::forged\u001b]0;t\u0007.yaml'], root);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(terminalProblems(stderr)).toEqual([]);
    expect(forgedCommands(stderr)).toEqual([]);
  });

  it('commander\'s complaint about an unknown option from a file name stays one safe line', async () => {
    const { code, stderr } = await cli(['lint', '--x\n::error::forged\u001b[2J'], root);
    expect(code).toBe(2);
    expect(terminalProblems(stderr)).toEqual([]);
    expect(forgedCommands(stderr)).toEqual([]);
  });

  it('new with a hostile file name reports it on one safe line', async () => {
    const { code, stdout } = await cli(['new', 'made/new\n::error::forged\u001b[31m.yaml'], root);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(terminalProblems(stdout)).toEqual([]);
    expect(forgedCommands(stdout)).toEqual([]);
  });
});

describe('private files stay private', () => {
  it('a claim file linked from a private file outside the corpus is skipped unread, with a warning', async () => {
    const dir = scratchDir('private');
    try {
      populate(dir, { 'claims/a.yaml': claimFile('civilian', 'A'), 'claims/leak.yaml': { link: '../.npmrc' }, '.npmrc': '//registry.example/:_authToken=s3cr3t-value\n' });
      for (const args of [['lint', '-f', 'json', 'claims'], ['check', 'claims'], ['report', 'claims']]) {
        const ran = await cli(args, dir);
        expect(ran.code).toBe(0);
        expect(`${ran.stdout}${ran.stderr}`).toContain('claims/leak.yaml');
        expect(`${ran.stdout}${ran.stderr}`).not.toContain('s3cr3t');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an archive in a hidden file is never read, so no line of it reaches any output', async () => {
    const dir = scratchDir('private');
    try {
      const claim = `source:\n  outlet: A\n  title: T\n  published: 2020-02-13\n  url: https://example.org/a\n  archive: ../.env\nclaims:\n  - id: c\n    about: x\n    says: y\n    quote: "API_TOKEN="\n`;
      populate(dir, { 'claims/a.yaml': claim, '.env': 'API_TOKEN=s3cr3t-value\n' });
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const ran = await cli(['lint', '-f', format, 'claims'], dir);
        expect(ran.code).toBe(1);
        expect(`${ran.stdout}${ran.stderr}`).toContain('quote/archive-missing');
        expect(`${ran.stdout}${ran.stderr}`).not.toContain('s3cr3t');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
