import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { jobContext, lintBatch } from '../../src/parallel/lint-batch.js';
import { rules } from '../../src/validate/rules/index.js';

let root: string;
const at = (name: string) => ({ path: join(root, name), display: name });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-batch-'));
  writeFileSync(join(root, 'ok.yaml'), 'source:\n  outlet: A\n  title: T\n  published: 2020-02-13\n  url: https://example.org/a\nclaims:\n  - id: c\n    about: number killed\n    says: 2\n    quote: two were killed\n');
  writeFileSync(join(root, 'big.yaml'), `${' '.repeat(200)}\n`);
  mkdirSync(join(root, 'dir.yaml'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lintBatch', () => {
  const job = () => ({ cwd: root, config: emptyConfig(), maxBytes: 100 });

  it('reads and lints each file in order, and reports files it cannot read instead of stopping', () => {
    const outcomes = lintBatch([at('ok.yaml'), at('big.yaml'), at('gone.yaml'), at('dir.yaml')], 1000, jobContext(job(), rules));
    expect(outcomes.map((o) => o.file)).toEqual(['ok.yaml', 'big.yaml', 'gone.yaml', 'dir.yaml']);
    expect(outcomes[0].data?.source.outlet).toBe('A');
    expect(outcomes[0].lines).toEqual({ source: 1, events: [], claims: [7] });
    expect(outcomes.slice(1).map((o) => o.diagnostics.map((d) => d.rule))).toEqual([['file/empty'], ['file/unreadable'], ['file/unreadable']]);
    const small = lintBatch([at('big.yaml')], 100, jobContext(job(), rules));
    expect(small[0].diagnostics[0]).toMatchObject({ rule: 'file/too-large', file: 'big.yaml' });
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe at once instead of waiting for a writer', () => {
    execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
    const [outcome] = lintBatch([at('pipe.yaml')], 1000, jobContext(job(), rules));
    expect(outcome.diagnostics.map((d) => d.rule)).toEqual(['file/unreadable']);
    expect(outcome.diagnostics[0].message).toContain('not a regular file');
  });
});
