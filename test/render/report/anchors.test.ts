import { describe, expect, it } from 'vitest';
import { AnchorCounter, githubSlug } from '../../../src/render/report/anchors.js';

describe('githubSlug', () => {
  it('lower-cases, drops punctuation and turns spaces into hyphens', () => {
    expect(githubSlug('Hello, World!')).toBe('hello-world');
    expect(githubSlug('Who says what')).toBe('who-says-what');
    expect(githubSlug('US forces stop a Russian convoy near Semalka (2020-01-21, Semalka, Derik)')).toBe(
      'us-forces-stop-a-russian-convoy-near-semalka-2020-01-21-semalka-derik',
    );
  });

  it('keeps hyphens, underscores, letters of every script and their marks; each removed character leaves its spaces', () => {
    expect(githubSlug('Single-source')).toBe('single-source');
    expect(githubSlug('snake_case & C++')).toBe('snake_case--c');
    expect(githubSlug('Dêrik – al-Malikiyah')).toBe('dêrik--al-malikiyah');
    expect(githubSlug('مرحبا بالعالم')).toBe('مرحبا-بالعالم');
    expect(githubSlug('🚀 Launch')).toBe('-launch');
  });

  it('drops the invisible word joiner that breaks autolinks', () => {
    expect(githubSlug('www\u2060.example.org')).toBe('wwwexampleorg');
  });
});

describe('AnchorCounter', () => {
  it('numbers repeated anchors -1, -2 in document order', () => {
    const counter = new AnchorCounter();
    expect(['Foo', 'Bar', 'foo', 'FOO!', 'Bar'].map((text) => counter.anchor(text))).toEqual(['foo', 'bar', 'foo-1', 'foo-2', 'bar-1']);
  });
});
