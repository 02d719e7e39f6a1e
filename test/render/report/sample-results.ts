import type { CheckResult, ClaimRef, Position, ReportRef, SourceSummary, Topic } from '../../../src/check/result.js';

// Hand-made cross-check results in the shape of contract §3.1, for the report renderer's tests.

const ENAB = {
  source: 'enab-baladi-2020-02-13',
  outlet: 'Enab Baladi',
  published: '2020-02-13',
  url: 'https://english.enabbaladi.net/archives/2020/02/under-russian-eyes/',
  file: 'data/claims/enab-baladi-2020-02-13.yaml',
};
const RUDAW = {
  source: 'rudaw-2020-01-21',
  outlet: 'Rudaw',
  published: '2020-01-21',
  url: 'https://www.rudaw.net/english/middleeast/syria/21012020',
  file: 'data/claims/rudaw-2020-01-21.yaml',
};
const DIYARUNA = {
  source: 'diyaruna-2020-06',
  outlet: 'Diyaruna',
  published: '2020-06',
  url: 'https://diyaruna.com/en_GB/articles/cnmi_di/features/2020/06/deconfliction',
  file: 'data/claims/diyaruna-2020-06.yaml',
};

type Article = typeof ENAB;

/** A claim reference with the fields a renderer reads. */
export function claim(article: Article, id: string, by: string, says: ClaimRef['says'], extra: Partial<ClaimRef> = {}): ClaimRef {
  return {
    source: article.source,
    claim: id,
    by,
    file: article.file,
    line: 20,
    origin: by,
    via: [],
    outlet: article.outlet,
    published: article.published,
    says,
    hedged: false,
    url: article.url,
    ...extra,
  };
}

/** A report reference. */
export function report(article: Article, event: string, title: string, date?: string, place?: string): ReportRef {
  return { source: article.source, event, file: article.file, line: 10, outlet: article.outlet, published: article.published, title, date, place, url: article.url };
}

/** A position backed by claims; its origins are counted from them. */
export function position(claims: ClaimRef[], hedged = false): Position {
  return { says: claims[0].says, origins: new Set(claims.map((c) => c.origin)).size, hedged, claims };
}

export function topic(about: string, status: Topic['status'], positions: Position[]): Topic {
  return { about, status, positions };
}

export function source(article: Article, title: string, claims: number, lean?: string): SourceSummary {
  return { id: article.source, outlet: article.outlet, title, published: article.published, lean, url: article.url, file: article.file, claims };
}

/** A result like the seed corpus gives: a contested identity, a date conflict, standing claims of each status. */
export function realisticResult(): CheckResult {
  const semalkaRudaw = report(RUDAW, 'semalka-convoy-stopped', 'US forces stop a Russian convoy near Semalka', '2020-01-21', 'Semalka, Derik');
  const semalkaNpa = report(RUDAW, 'semalka-convoy-npa', 'Russian convoy stopped, as North Press Agency dates it', '2020-01-20', 'Semalka');
  const killed = [
    position([claim(ENAB, 'killed-was-civilian', 'SANA', 'civilian', { quote: 'the man killed by the US troops was “civilian”' })]),
    position([
      claim(ENAB, 'killed-was-ndf', 'North-eastern Syria Network', 'NDF fighter', {
        quote: 'the killed person is not a civilian, but rather a NDF fighter',
      }),
    ]),
  ];
  return {
    schemaVersion: 1,
    summary: { files: 3, sources: 3, claims: 10, events: 2, topics: 6, contested: 3, corroborated: 1, singleSource: 2, eventReports: 3 },
    events: [
      {
        id: 'semalka-russian-patrol-blocked-2020-01',
        title: 'US forces stop a Russian convoy near Semalka',
        date: '2020-01-21',
        place: 'Semalka, Derik',
        reports: [semalkaRudaw, semalkaNpa],
        topics: [
          {
            about: 'date',
            status: 'contested',
            dateTopic: true,
            positions: [
              { says: '2020-01-21', origins: 1, hedged: false, reports: [semalkaRudaw] },
              { says: '2020-01-20', origins: 1, hedged: false, reports: [semalkaNpa] },
            ],
          },
          topic('who stopped the convoy', 'single-source', [
            position([claim(RUDAW, 'stopped-by-us', 'Rudaw', 'US forces', { quote: 'US forces prevented a Russian convoy' })]),
          ]),
        ],
      },
      {
        id: '2020-02-12-khirbet-amo-clash',
        title: 'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo',
        date: '2020-02-12',
        place: 'Khirbet Amo, al-Qamishli countryside',
        reports: [report(ENAB, 'khirbet-amo-clash', 'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo', '2020-02-12', 'Khirbet Amo, al-Qamishli countryside')],
        topics: [
          topic('identity of the man killed', 'contested', killed),
          topic('US patrol came under fire', 'single-source', [
            position([claim(ENAB, 'patrol-fired-on', 'Global Coalition', true, { quote: 'the US patrol came under small arms fire' })]),
          ]),
        ],
      },
    ],
    standing: [
      topic('joint US-Russian patrols', 'contested', [
        position([
          claim(DIYARUNA, 'no-joint-patrols', 'Col. Myles Caggins (Global Coalition)', false, { quote: 'there have been no joint patrols' }),
          claim(DIYARUNA, 'saleh-no-joint-patrols', 'Ammar Saleh', false, { quote: 'there are no joint patrols' }),
        ]),
        position([claim(DIYARUNA, 'joint-patrols-claimed', 'local media outlets', true, { hedged: true, via: ['Diyaruna sources'] })], true),
      ]),
      topic('US forces protect the oil fields', 'corroborated', [
        position([
          claim(DIYARUNA, 'oil-guard', 'Diyaruna', 'yes', { quote: 'US forces remain to protect the oil fields' }),
          claim(ENAB, 'oil-guard', 'Enab Baladi', 'yes'),
          claim(RUDAW, 'oil-guard', 'Rudaw', 'yes'),
        ]),
      ]),
    ],
    sources: [
      source(DIYARUNA, "US, Russia 'deconfliction' in Syria's al-Hasakeh", 4, 'US government-funded'),
      source(ENAB, 'Under Russian eyes, US forces target Syrian-regime controlled checkpoint and kill one person', 4, 'Syrian opposition outlet'),
      source(RUDAW, 'US forces prevent Russian patrol from reaching oil fields', 2),
    ],
  };
}

/** A result with nothing in it: no events, no standing topics, no sources. */
export function emptyResult(): CheckResult {
  return {
    schemaVersion: 1,
    summary: { files: 0, sources: 0, claims: 0, events: 0, topics: 0, contested: 0, corroborated: 0, singleSource: 0, eventReports: 0 },
    events: [],
    standing: [],
    sources: [],
  };
}

/** Text that tries every way to break out of markdown: tables, blocks, HTML, links, emphasis, entities, controls. */
export const HOSTILE_TEXT = [
  'a | b || c |',
  'line one\n\n# line two\r\n- three\tfour',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- open comment',
  '<details open><summary>x</summary>',
  '`code` ``double`` ```fence',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '2) not a list',
  '---',
  '[x](javascript:alert(1))',
  '[ref][1] [1]: javascript:alert(1)',
  '![img](http://evil.example/x.png)',
  '<http://evil.example/>',
  'www.evil.example and http://evil.example/x',
  'mail me@evil.example, ping @octocat',
  '*em* _em_ **strong** __strong__ ~~strike~~',
  '&amp; &lt;b&gt; &#60;script&#62; &copy;',
  'ctl\u0000\u0007\u001b[31mred\u007f\u009b end',
  'bidi \u202eevil\u202c \u2066x\u2069',
  '$x^2$ and $$y$$',
  'ends with a backslash \\',
  '(reversed)[link]',
  '[^1] footnote and [ ] task',
  'trailing hashes ##',
  'here',
  'Dêrik – al-Malikiyah, مرحبا #12',
];

/** URLs a claim file could hold; only the http(s) ones may become links. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/a b(c)|d<e>"f`g',
  'http://more/',
  '//evil.example/protocol-relative',
  'https://evil.example/?q=1&amp=2',
];

// Replaces every string the renderer might show (all but the status enum) with hostile text.
function poison(value: unknown, next: () => string, nextUrl: () => string, key = ''): unknown {
  if (typeof value === 'string') return key === 'status' ? value : key === 'url' ? nextUrl() : next();
  if (Array.isArray(value)) return value.map((item) => poison(item, next, nextUrl, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, next, nextUrl, k)]));
  }
  return value;
}

/** The realistic result with every shown string replaced by hostile text, in turn. */
export function hostileResult(): CheckResult {
  let i = 0;
  let u = 0;
  const next = () => HOSTILE_TEXT[i++ % HOSTILE_TEXT.length];
  const nextUrl = () => HOSTILE_URLS[u++ % HOSTILE_URLS.length];
  return poison(realisticResult(), next, nextUrl) as CheckResult;
}
