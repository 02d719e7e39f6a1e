import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/check/result.js';
import { formatReportMarkdown } from '../../../src/render/report/markdown.js';
import { headings, hrefs, renderGfm, tables, textOf } from './markdown-tools.js';
import { emptyResult, realisticResult } from './sample-results.js';

// The markdown of one `## Section`, up to the next one.
function section(markdown: string, name: string): string {
  const start = markdown.indexOf(`\n## ${name}\n`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

// The rendered tables of one section, each as rows of cell text.
function sectionTables(markdown: string, name: string): string[][][] {
  return tables(renderGfm(section(markdown, name))).map((rows) => rows.map((row) => row.map(textOf)));
}

const ENAB_URL = 'https://english.enabbaladi.net/archives/2020/02/under-russian-eyes/';
const markdown = formatReportMarkdown(realisticResult());

describe('summary', () => {
  it('counts the corpus, dates its events, and counts sources, outlets and topics per status', () => {
    const items = [...renderGfm(section(markdown, 'Summary')).matchAll(/<li>(.*?)<\/li>/g)].map((m) => textOf(m[1]));
    expect(items).toEqual([
      '3 claim files, 10 claims, 2 events',
      'Events dated 2020-01-21 to 2020-02-12',
      '3 sources from 3 outlets',
      '6 topics: 3 contested, 1 corroborated, 2 single-source',
    ]);
  });

  it('takes the range from the earliest start to the latest end of month and interval dates', () => {
    const result = realisticResult();
    result.events[0].date = '2020-01';
    result.events[1].date = '2020-02-10/2020-03-02';
    expect(section(formatReportMarkdown(result), 'Summary')).toContain('Events dated **2020-01** to **2020-03-02**');
  });

  it('says what the report was narrowed to and which files were left out', () => {
    const text = section(formatReportMarkdown(realisticResult(), { filter: { status: 'contested', event: 'Amo' }, excludedFiles: ['data/bad.yaml'] }), 'Summary');
    expect(text).toContain('This report shows only contested topics, and only events matching “Amo”');
    expect(text).toContain('**1** claim file left out because of lint errors');
    expect(text).toContain('- data/bad.yaml');
  });
});

describe('contents', () => {
  it('links every section and every event with a contested topic to its GitHub anchor', () => {
    const contents = renderGfm(section(markdown, 'Contents'));
    const links = [...contents.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => [m[1], textOf(m[2])]);
    expect(links).toEqual([
      ['#summary', 'Summary'],
      ['#contested', 'Contested'],
      ['#us-forces-stop-a-russian-convoy-near-semalka-2020-01-21-semalka-derik', 'US forces stop a Russian convoy near Semalka (2020-01-21, Semalka, Derik)'],
      [
        '#us-patrol-clashes-with-pro-government-fighters-at-a-checkpoint-in-khirbet-amo-2020-02-12-khirbet-amo-al-qamishli-countryside',
        'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo (2020-02-12, Khirbet Amo, al-Qamishli countryside)',
      ],
      ['#standing-claims', 'Standing claims'],
      ['#corroborated', 'Corroborated'],
      ['#single-source', 'Single-source'],
      ['#who-says-what', 'Who says what'],
      ['#sources', 'Sources'],
    ]);
  });

  it('numbers the anchors of events whose headings would otherwise repeat', () => {
    const result = realisticResult();
    Object.assign(result.events[0], { title: 'Clash', date: '2020-02-12', place: 'Amo' });
    Object.assign(result.events[1], { title: 'Clash', date: '2020-02-12', place: 'Amo' });
    const text = formatReportMarkdown(result);
    expect(text).toContain('### Clash (2020-02-12, Amo)\n');
    expect(text).toContain('### Clash (2020-02-12, Amo) (2)\n');
    expect(text).toContain('[Clash (2020-02-12, Amo) (2)](#clash-2020-02-12-amo-2)');
  });
});

describe('contested', () => {
  const text = section(markdown, 'Contested');

  it('gives each event with a contested topic a heading with its title, date and place, in the engine’s order', () => {
    expect(headings(renderGfm(text)).map((h) => h.text)).toEqual([
      'Contested',
      'US forces stop a Russian convoy near Semalka (2020-01-21, Semalka, Derik)',
      'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo (2020-02-12, Khirbet Amo, al-Qamishli countryside)',
      'Standing claims',
    ]);
  });

  it('tables each position: answer, independent origins, who says it with the article linked, and the quote', () => {
    const identity = sectionTables(markdown, 'Contested')[1];
    expect(identity).toEqual([
      ['Position', 'Independent origins', 'Who says it', 'Quote'],
      ['civilian', '1', 'SANA, in Enab Baladi, 2020-02-13', '“the man killed by the US troops was “civilian””'],
      ['NDF fighter', '1', 'North-eastern Syria Network, in Enab Baladi, 2020-02-13', '“the killed person is not a civilian, but rather a NDF fighter”'],
    ]);
    expect(text).toContain(`SANA, in [Enab Baladi, 2020-02-13](${ENAB_URL})`);
    expect(text).toContain('**identity of the man killed** — 2 positions');
  });

  it('shows the date topic’s reports, not claims', () => {
    expect(sectionTables(markdown, 'Contested')[0]).toEqual([
      ['Date', 'Independent outlets', 'Reported by', 'Report'],
      ['2020-01-21', '1', 'Rudaw, 2020-01-21', 'US forces stop a Russian convoy near Semalka'],
      ['2020-01-20', '1', 'Rudaw, 2020-01-21', 'Russian convoy stopped, as North Press Agency dates it'],
    ]);
  });

  it('lists every claim of a position, marking rows that continue it, and marks hedged positions and claims', () => {
    expect(sectionTables(markdown, 'Contested')[2].slice(1)).toEqual([
      ['no', '2', 'Col. Myles Caggins (Global Coalition), in Diyaruna, 2020-06', '“there have been no joint patrols”'],
      ['″', '″', 'Ammar Saleh, in Diyaruna, 2020-06', '“there are no joint patrols”'],
      ['yes (hedged)', '1', 'local media outlets via Diyaruna sources, in Diyaruna, 2020-06 (hedged)', '—'],
    ]);
  });

  it('lists the articles that reported each event, once each', () => {
    expect(text).toContain('Reported in 1 article from 1 outlet: [Rudaw, 2020-01-21](https://www.rudaw.net/english/middleeast/syria/21012020)\n');
  });

  it('names the reports whose date spans several positions', () => {
    const result = realisticResult();
    const date = result.events[0].topics[0];
    date.spanning = [{ ...date.positions[0].reports![0], date: '2020-01', outlet: 'SouthFront', published: '2020-02' }];
    expect(section(formatReportMarkdown(result), 'Contested')).toContain(
      'Also reported with a date that spans several of these, so contradicting none: [SouthFront, 2020-02](https://www.rudaw.net/english/middleeast/syria/21012020) (2020-01)',
    );
  });
});

describe('corroborated and single-source', () => {
  it('lists corroborated topics compactly with their independent origins', () => {
    expect(sectionTables(markdown, 'Corroborated')).toEqual([
      [
        ['Event', 'Topic', 'Answer', 'Independent origins'],
        ['standing claim', 'US forces protect the oil fields', 'yes', '3: Diyaruna, Enab Baladi, Rudaw'],
      ],
    ]);
  });

  it('folds single-source topics into a details block with a summary', () => {
    const text = section(markdown, 'Single-source');
    expect(text).toMatch(/<details>\n<summary>2 single-source topics<\/summary>\n\n\| Event \| Topic \| Answer \| Source \|[\s\S]*\n\n<\/details>/);
    expect(sectionTables(markdown, 'Single-source')[0].slice(1)).toEqual([
      ['US forces stop a Russian convoy near Semalka (2020-01-21)', 'who stopped the convoy', 'US forces', 'Rudaw, in Rudaw, 2020-01-21'],
      [
        'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo (2020-02-12)',
        'US patrol came under fire',
        'yes',
        'Global Coalition, in Enab Baladi, 2020-02-13',
      ],
    ]);
  });
});

describe('who says what', () => {
  it('puts origins against contested topics, each cell the position the origin took', () => {
    const [legend, matrix] = sectionTables(markdown, 'Who says what');
    expect(legend).toEqual([
      ['Column', 'Topic', 'Event'],
      ['T1', 'date', 'US forces stop a Russian convoy near Semalka (2020-01-21)'],
      ['T2', 'identity of the man killed', 'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo (2020-02-12)'],
      ['T3', 'joint US-Russian patrols', 'standing claim'],
    ]);
    expect(matrix).toEqual([
      ['Origin', 'T1', 'T2', 'T3'],
      ['Ammar Saleh', '—', '—', 'no'],
      ['Col. Myles Caggins (Global Coalition)', '—', '—', 'no'],
      ['local media outlets', '—', '—', 'yes'],
      ['North-eastern Syria Network', '—', 'NDF fighter', '—'],
      ['Rudaw', '2020-01-212020-01-20', '—', '—'],
      ['SANA', '—', 'civilian', '—'],
    ]);
    // An origin that took two positions on one topic shows both, one per line.
    expect(section(markdown, 'Who says what')).toContain('| **Rudaw** | 2020-01-21<br>2020-01-20 | — | — |');
  });

  it('splits many contested topics into tables of at most six topic columns', () => {
    const result = realisticResult();
    const topic = result.standing[0];
    result.standing = Array.from({ length: 8 }, (_, i) => ({ ...topic, about: `question ${i + 1}` }));
    const [, first, second] = sectionTables(formatReportMarkdown(result), 'Who says what');
    expect(first[0]).toEqual(['Origin', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(second[0]).toEqual(['Origin', 'T7', 'T8', 'T9', 'T10']);
  });
});

describe('sources', () => {
  it('lists outlet, title, published date, lean, a link to the article by its site, and the number of claims', () => {
    expect(sectionTables(markdown, 'Sources')[0]).toEqual([
      ['Outlet', 'Title', 'Published', 'Lean', 'Link', 'Claims'],
      ['Diyaruna', "US, Russia 'deconfliction' in Syria's al-Hasakeh", '2020-06', 'US government-funded', 'diyaruna.com', '4'],
      ['Enab Baladi', 'Under Russian eyes, US forces target Syrian-regime controlled checkpoint and kill one person', '2020-02-13', 'Syrian opposition outlet', 'english.enabbaladi.net', '4'],
      ['Rudaw', 'US forces prevent Russian patrol from reaching oil fields', '2020-01-21', '—', 'rudaw.net', '2'],
    ]);
    expect(hrefs(renderGfm(section(markdown, 'Sources')))).toContain(ENAB_URL);
  });

  it('shows a URL that is not http(s) as text, not as a link', () => {
    const result: CheckResult = realisticResult();
    result.sources[0].url = 'javascript:alert(1)';
    const html = renderGfm(section(formatReportMarkdown(result), 'Sources'));
    expect(hrefs(html)).not.toContain('javascript:alert(1)');
    expect(textOf(html)).toContain('javascript:alert(1)');
  });
});

describe('an empty result', () => {
  it('keeps every section and says there is nothing in it', () => {
    const text = formatReportMarkdown(emptyResult());
    expect(headings(renderGfm(text)).map((h) => h.text)).toEqual([
      'Claim cross-check report',
      'Summary',
      'Contents',
      'Contested',
      'Corroborated',
      'Single-source',
      'Who says what',
      'Sources',
    ]);
    expect(text).toContain('No topic is contested');
    expect(text).toContain('No dated events');
  });
});
