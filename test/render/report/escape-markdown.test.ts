import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText, escapeMarkdown, markdownLink, safeHref, siteName } from '../../../src/render/escape/markdown.js';
import { headings, hrefs, renderGfm, tables, tagNames, textOf } from './markdown-tools.js';

const WJ = '\u2060';

// Text dense in markdown syntax, so random strings hit the constructs escaping must defuse.
const SYNTAX = [...'\\`*_[]<>|~&$#!()-+=.:;/@ \n\t\r', '---', '- ', '1.', '1)', 'www.', 'http://', 'https://', '<script>', '&amp;', '&#60;', '](', '](javascript:', '<http://a.b>', 'a@b.co', '  ', 'x', 'é', '\u0000', '\u001b', '\u202e', '\u0085', '\u2028'];
const syntaxText = fc.array(fc.constantFrom(...SYNTAX), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(syntaxText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

// The one paragraph (or heading, list item, cell) a single line of escaped text must render as.
function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0];
}

describe('displayText', () => {
  it('folds whitespace runs, line breaks and tabs into single spaces and trims', () => {
    expect(displayText('  one\n two\r\n\tthree \u2028 four  ')).toBe('one two three four');
  });

  it('shows control and bidi-override characters as U+FFFD', () => {
    expect(displayText('a\u0000b\u0007c\u001b[31md\u007fe\u009bf')).toBe('a\uFFFDb\uFFFDc\uFFFD[31md\uFFFDe\uFFFDf');
    expect(displayText('x\u202eevil\u202cy\u2066z\u2069')).toBe('x\uFFFDevil\uFFFDy\uFFFDz\uFFFD');
  });

  it('splits autolink, mention and issue-reference triggers with a word joiner', () => {
    expect(displayText('see www.evil.example or https://evil.example, WWW.X.Y, me@evil.example, @octocat, #12')).toBe(
      `see www${WJ}.evil.example or https:${WJ}//evil.example, WWW${WJ}.X.Y, me@${WJ}evil.example, @${WJ}octocat, #${WJ}12`,
    );
  });

  it('writes numbers and booleans as they read', () => {
    expect(displayText(40)).toBe('40');
    expect(displayText(false)).toBe('false');
  });
});

describe('escapeMarkdown', () => {
  it('leaves ordinary prose as it is', () => {
    expect(escapeMarkdown('US patrol clashes with pro-government fighters at Khirbet Amo, al-Qamishli (1.5 km).')).toBe(
      'US patrol clashes with pro-government fighters at Khirbet Amo, al-Qamishli (1.5 km).',
    );
  });

  it('escapes pipes so a table row keeps its cells', () => {
    const html = renderGfm(`| a | b |\n| --- | --- |\n| ${escapeMarkdown('x | y || z \\')} | ${escapeMarkdown('|')} |`);
    const rows = only(tables(html));
    expect(rows[1].map(textOf)).toEqual(['x | y || z \\', '|']);
  });

  it('keeps entities literal: &amp; stays &amp;', () => {
    const html = renderGfm(escapeMarkdown('Tom &amp; Jerry &lt;b&gt; &copy; &#x3C;script&#x3E;'));
    expect(textOf(html).trim()).toBe('Tom &amp; Jerry &lt;b&gt; &copy; &#x3C;script&#x3E;');
  });

  it('turns HTML into text', () => {
    const html = renderGfm(escapeMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- c --> <details open>'));
    expect([...tagNames(html)]).toEqual(['p']);
  });

  it('does not start a heading, quote, list or thematic break at the start of a line', () => {
    for (const text of ['# title', '> quote', '- item', '+ item', '* item', '1. item', '2) item', '---', '- - -', '+++', '***', '___', '=== x']) {
      const html = renderGfm(escapeMarkdown(text));
      expect([...tagNames(html)], text).toEqual(['p']);
      expect(textOf(html).trim(), text).toBe(text);
      const item = renderGfm(`- ${escapeMarkdown(text)}`);
      expect([...tagNames(item)], text).toEqual(['ul', 'li']);
    }
  });

  it('does not escape a number that is not a list marker', () => {
    expect(escapeMarkdown('1.5 million')).toBe('1.5 million');
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
  });

  it('makes no link from link, image, reference or autolink syntax', () => {
    const text = '[x](javascript:alert(1)) ![i](http://e.example/i.png) [r][1] <http://e.example> <mailto:a@b.co> www.e.example http://e.example/x me@e.example';
    const html = renderGfm(`${escapeMarkdown(text)}\n\n[1]: javascript:alert(2)`);
    expect(tagNames(html)).toEqual(new Set(['p']));
    expect(hrefs(html)).toEqual([]);
  });

  it('makes no emphasis, strikethrough, code or maths', () => {
    const html = renderGfm(escapeMarkdown('*em* _em_ **strong** __strong__ ~~strike~~ ~s~ `code` ``two`` $x^2$ $$y$$'));
    expect([...tagNames(html)]).toEqual(['p']);
    expect(textOf(html).trim()).toBe('*em* _em_ **strong** __strong__ ~~strike~~ ~s~ `code` ``two`` $x^2$ $$y$$');
  });

  it('keeps text on one line whatever line breaks it holds', () => {
    expect(escapeMarkdown('one\n\n# two\r\n- three')).not.toMatch(/[\r\n]/);
  });

  // Each context wraps the escaped text in the syntax the report uses there.
  const contexts: Record<string, { wrap: (s: string) => string; read: (html: string) => string; tags: string[] }> = {
    paragraph: { wrap: (s) => s, read: (html) => textOf(html).trim(), tags: ['p'] },
    'list item': { wrap: (s) => `- ${s}`, read: (html) => only([...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]))), tags: ['ul', 'li'] },
    heading: { wrap: (s) => `### ${s} (x)`, read: (html) => only(headings(html)).text.replace(/ \(x\)$/, ''), tags: ['h3'] },
    'table cell': {
      wrap: (s) => `| a | b |\n| --- | --- |\n| ${s} | z |`,
      read: (html) => {
        const rows = only(tables(html));
        expect(rows[1]).toHaveLength(2);
        expect(textOf(rows[1][1])).toBe('z');
        return textOf(rows[1][0]);
      },
      tags: ['table', 'thead', 'tr', 'th', 'tbody', 'td'],
    },
    'link text': {
      wrap: (s) => `[${s}](https://example.org/)`,
      read: (html) => {
        expect(hrefs(html)).toEqual(['https://example.org/']);
        return textOf(html).trim();
      },
      tags: ['p', 'a'],
    },
  };

  for (const [name, context] of Object.entries(contexts)) {
    it(`renders any text as exactly that text in a ${name}`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const shown = displayText(text);
          fc.pre(shown !== '');
          const html = renderGfm(context.wrap(escapeMarkdown(text)));
          expect(new Set(tagNames(html))).toEqual(new Set(context.tags));
          expect(context.read(html)).toBe(shown);
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('safeHref', () => {
  it('keeps http and https URLs', () => {
    expect(safeHref('https://english.enabbaladi.net/archives/2020/02/x/')).toBe('https://english.enabbaladi.net/archives/2020/02/x/');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses every other scheme and anything that is not an absolute URL', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://e.example/', '/relative/path', 'www.example.org', '']) {
      expect(safeHref(url), url).toBeUndefined();
    }
  });

  it('percent-encodes what would end the destination or split a table row', () => {
    const href = safeHref('https://e.example/a b(c)|d<e>"f\'g`h\\i[j]?q=1&r=2');
    expect(href).not.toMatch(/[\s()|<>"'`\\[\]]/);
    const html = renderGfm(`| a |\n| --- |\n| [x](${href}) |`);
    expect(only(tables(html))[1]).toHaveLength(1);
    expect(hrefs(html)).toEqual([new URL('https://e.example/a%20b%28c%29%7Cd%3Ce%3E%22f%27g%60h/i%5Bj%5D?q=1&r=2').href]);
  });

  it('keeps a query string’s & as & in the rendered link', () => {
    const html = renderGfm(`[x](${safeHref('https://e.example/?a=1&amp=2&lt;')})`);
    expect(hrefs(html)).toEqual(['https://e.example/?a=1&amp=2&lt;']);
  });
});

describe('siteName and markdownLink', () => {
  it('names a site by its host without www.', () => {
    expect(siteName('https://www.rudaw.net/english/x')).toBe('rudaw.net');
    expect(siteName('http://more/')).toBe('http://more');
    expect(siteName('javascript:alert(1)')).toBeUndefined();
  });

  it('links only http(s) URLs and shows other targets as plain text', () => {
    expect(markdownLink('Rudaw', 'https://www.rudaw.net/x')).toBe('[Rudaw](https://www.rudaw.net/x)');
    expect(markdownLink('Rudaw', 'javascript:alert(1)')).toBe('Rudaw');
    expect(markdownLink('[Rudaw](javascript:x)', undefined)).toBe('\\[Rudaw\\](javascript:x)');
  });

  it('never makes an empty link', () => {
    expect(markdownLink(' \n', 'https://e.example/x')).toBe('[e.example](https://e.example/x)');
  });
});
