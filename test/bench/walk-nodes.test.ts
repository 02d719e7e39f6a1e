import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, visit, type Document } from 'yaml';
import { walkNodes } from '../../src/parse/walk-nodes.js';

// The official YAML test suite, vendored for the parser's tests: every construct YAML has.
const SUITE = fileURLToPath(new URL('../fixtures/yaml-test-suite/', import.meta.url));

function inputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return inputs(path);
    return entry.name === 'in.yaml' ? [path] : [];
  });
}

function visited(doc: Document, walk: 'visit' | 'walkNodes'): unknown[] {
  const seen: unknown[] = [];
  if (walk === 'visit') visit(doc, { Map: (_k, map) => void seen.push(map), Alias: (_k, alias) => void seen.push(alias) });
  else walkNodes(doc, { map: (map) => void seen.push(map), alias: (alias) => void seen.push(alias) });
  return seen;
}

describe('walkNodes', () => {
  it("meets the same mappings and aliases, in the same order, as yaml's visit, over the YAML test suite", () => {
    const files = inputs(SUITE);
    expect(files.length).toBeGreaterThan(200);
    let nodes = 0;
    for (const file of files) {
      for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
        if (!('contents' in doc)) continue;
        const expected = visited(doc, 'visit');
        nodes += expected.length;
        expect(visited(doc, 'walkNodes'), file).toEqual(expected);
        expect(visited(doc, 'walkNodes').every((node, i) => node === expected[i]), file).toBe(true);
      }
    }
    expect(nodes).toBeGreaterThan(300);
  });
});
