import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, rfc3339, tagUri } from './atom.ts';
import { changesFeed, changesFeedXml, FEED_PUBLICATIONS, mailDomain, type FeedContext } from './feed.ts';
import { describeField, describeKind, describeOther, groupByMeasure } from './describe.ts';
import { diffSnapshots, type ComparedChangeSet } from './diff.ts';
import { publicationChanges } from './publication-changes.ts';
import { toSnapshot, type Snapshot } from './snapshot.ts';
import { makeMeasure, makeModel, report } from './testing.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { formatMoney, formatPercent } from '../../common/format.ts';
import type { Measure } from '../../schemas/measure.ts';
import { assessment, makeIndicator } from '../../testing/make-indicator.ts';

const ctx: FeedContext = {
  siteTitle: 'ISEK Neumünster',
  city: 'Neumünster',
  author: { name: 'Geschäftsstelle ISEK', email: 'isek@neumuenster.de' },
  tagAuthority: 'neumuenster.de',
  pageHref: '/isek/aenderungen/',
  feedHref: '/isek/aenderungen/feed.xml',
  archiveHref: (key) => `/isek/aenderungen/${key}/`,
  measureHref: (id) => `/isek/massnahmen/${id}/`,
  statusLabel: (s) => STATUS_LABELS[s],
  departmentLabel: (id) => `FD ${id}`,
};

function publication(before: Measure[] | null, after: Measure[]) {
  const previous =
    before === null
      ? null
      : toSnapshot(makeModel(before, { stand: '2026-11-12' }), { stand: '2026-11-12', previous: null });
  const current = toSnapshot(makeModel(after, { stand: '2027-02-10', session: 'Ratsversammlung vom 09.02.2027' }), {
    stand: '2027-02-10',
    previous,
  });
  return publicationChanges(previous, current);
}

describe('atom helpers', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'\u0001\u000b\tf\n`)).toBe(
      'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;\tf\n',
    );
  });

  it('builds tag: URIs and encodes what RFC 4151 does not allow', () => {
    expect(tagUri('Neumuenster.de', '2026', 'isek/aenderungen')).toBe('tag:neumuenster.de,2026:isek/aenderungen');
    expect(tagUri('neumuenster.de', '2026', 'a b#ä')).toBe('tag:neumuenster.de,2026:a%20b%23%C3%A4');
  });

  it('turns partial dates into RFC 3339 date-times', () => {
    expect(rfc3339('2027-02-10')).toBe('2027-02-10T00:00:00Z');
    expect(rfc3339('2027-02')).toBe('2027-02-01T00:00:00Z');
    expect(rfc3339('2027')).toBe('2027-01-01T00:00:00Z');
  });

  it('takes the domain of a mail address', () => {
    expect(mailDomain('ISEK@Neumuenster.de')).toBe('neumuenster.de');
  });

  it('renders a feed with the elements RFC 4287 requires, every text escaped', () => {
    const xml = renderAtom({
      id: 'tag:x.de,2026:f',
      title: 'A & B',
      subtitle: 's',
      updated: '2027-02-10T00:00:00Z',
      selfHref: '/f.xml',
      alternateHref: '/a/',
      author: { name: 'Amt', email: null },
      lang: 'de',
      entries: [
        { id: 'tag:x.de,2026:e', title: '<t>', updated: '2027-02-10T00:00:00Z', link: null, contentHtml: '<p>x</p>' },
      ],
    });
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
      ),
    ).toBe(true);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<author>\n    <name>Amt</name>\n  </author>');
    expect(xml).toContain('<title>&lt;t&gt;</title>');
    expect(xml).toContain('<content type="html">&lt;p&gt;x&lt;/p&gt;</content>');
    expect(xml).not.toContain('<email>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });
});

describe('groupByMeasure and the descriptions', () => {
  const changes = diffSnapshots(
    toSnapshot(
      makeModel([
        makeMeasure({ id: '10', status: 'in-progress', progress: 80, report: report('2026-10-01', 'a') }),
        makeMeasure({ id: '2', status: 'planned', progress: null }),
        makeMeasure({ id: '3' }),
      ]),
      { stand: '2026-11-12', previous: null },
    ),
    toSnapshot(
      makeModel([
        makeMeasure({ id: '10', status: 'completed', progress: 100, report: report('2027-01-15', 'b') }),
        makeMeasure({ id: '2', status: 'preparing', progress: 10, costs: 5000 }),
        makeMeasure({ id: '4', title: 'Neu' }),
      ]),
      { stand: '2027-02-10', previous: null },
    ),
  ) as ComparedChangeSet;

  it('collects every change of a measure under it, sorted by Nr.', () => {
    expect(groupByMeasure(changes)).toEqual([
      {
        id: '2',
        title: 'Maßnahme 2',
        kinds: [
          { kind: 'status', from: 'planned', to: 'preparing' },
          { kind: 'progress', from: null, to: 10 },
          { kind: 'other', fields: [{ field: 'costs', from: null, to: 5000 }] },
        ],
      },
      { id: '3', title: 'Maßnahme 3', kinds: [{ kind: 'removed' }] },
      { id: '4', title: 'Neu', kinds: [{ kind: 'added' }] },
      {
        id: '10',
        title: 'Maßnahme 10',
        kinds: [
          { kind: 'completed', from: 'in-progress' },
          { kind: 'report', date: '2027-01-15' },
        ],
      },
    ]);
  });

  it('describes each change in German with the configured labels', () => {
    const [m2, , , m10] = groupByMeasure(changes);
    expect(m2!.kinds.flatMap((k) => describeKind(k, ctx))).toEqual([
      'Statuswechsel: von „geplant“ zu „in Vorbereitung“',
      `Geänderter Fortschritt: von keine Angabe auf ${formatPercent(10)}`,
      `Kosten: von keine Angabe zu ${formatMoney(5000)}`,
    ]);
    expect(m10!.kinds.flatMap((k) => describeKind(k, { ...ctx, statusLabel: () => 'läuft' }))).toEqual([
      'abgeschlossen (vorher: läuft)',
      'Statusbericht vom 15.01.2027',
    ]);
  });

  it('describes title, lead and end changes', () => {
    expect(describeField({ field: 'title', from: 'Alt', to: 'Neu' }, ctx)).toBe('Titel: von „Alt“ zu „Neu“');
    expect(describeField({ field: 'lead', from: '61', to: '66' }, ctx)).toBe('Federführung: von FD 61 zu FD 66');
    expect(describeField({ field: 'end', from: '2027', to: '2027-06' }, ctx)).toBe('Ende: von 2027 zu Juni 2027');
  });

  it('names other changed facts after the compared fields', () => {
    expect(
      describeOther(
        { fields: [{ field: 'title', from: 'Alt', to: 'Neu' }], details: ['decision', 'districts', 'keywords'] },
        ctx,
      ),
    ).toEqual(['Titel: von „Alt“ zu „Neu“', 'Außerdem geändert: Beschluss, Stadtteile und Suchbegriffe (Schlagworte)']);
    expect(describeOther({ fields: [], details: ['keywords'] }, ctx)).toEqual(['Geändert: Suchbegriffe (Schlagworte)']);
    expect(describeOther({ fields: [] }, ctx)).toEqual([]);
  });

  it('keeps „ca.“ on an approximate amount, before and after', () => {
    expect(describeField({ field: 'costs', from: 500_000, to: 520_000, fromApproximate: true }, ctx)).toBe(
      'Kosten: von ca. 500.000\u00a0€ zu 520.000\u00a0€',
    );
  });
});

describe('changesFeed', () => {
  it('has one entry saying "first publication" the first time', () => {
    const feed = changesFeed(publication(null, [makeMeasure({ id: '1' })]), ctx);
    expect(feed.id).toBe('tag:neumuenster.de,2027:isek/aenderungen');
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]!.title).toBe('Erste Veröffentlichung: Stand 10. Februar 2027');
    expect(feed.entries[0]!.link).toBe('/isek/aenderungen/');
  });

  it('has the publication plus one entry per changed measure; a removed one has no link', () => {
    const pub = publication(
      [makeMeasure({ id: '1' }), makeMeasure({ id: '2' }), makeMeasure({ id: '3', status: 'preparing' })],
      [makeMeasure({ id: '1' }), makeMeasure({ id: '3', status: 'in-progress' }), makeMeasure({ id: '5' })],
    );
    const feed = changesFeed(pub, ctx);
    expect(feed.id).toBe('tag:neumuenster.de,2026:isek/aenderungen');
    expect(feed.updated).toBe('2027-02-10T00:00:00Z');
    expect(feed.entries.map((e) => [e.title, e.link])).toEqual([
      ['Neue Veröffentlichung: Stand 10. Februar 2027', '/isek/aenderungen/'],
      ['Maßnahme 2: Maßnahme 2', null],
      ['Maßnahme 3: Maßnahme 3', '/isek/massnahmen/3/'],
      ['Maßnahme 5: Maßnahme 5', '/isek/massnahmen/5/'],
    ]);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    expect(feed.entries[0]!.contentHtml).toContain('3 Maßnahmen haben sich geändert.');
    // Each change names its meeting.
    expect(feed.entries[1]!.contentHtml).toBe(
      '<p>Ratsversammlung vom 09.02.2027 (Stand 10. Februar 2027)</p><ul><li>nicht mehr in der Maßnahmenliste</li></ul>',
    );
  });

  /** A record of `n` publications, one measure whose progress rises each time. */
  function record(n: number, stands: string[] = Array.from({ length: n }, (_, i) => `${2020 + i}-06-01`)) {
    const history: Snapshot[] = [];
    stands.forEach((stand, i) => {
      const model = makeModel([makeMeasure({ id: '1', progress: i * 10 }), makeMeasure({ id: '2', progress: i })], {
        stand,
        session: `Sitzung ${i + 1}`,
      });
      history.push(
        toSnapshot(model, {
          stand,
          previous: history.at(-1) ?? null,
          sequence: stands.slice(0, i).filter((s) => s === stand).length + 1,
          published: `${stand.slice(0, 4)}-06-0${i + 2}`,
        }),
      );
    });
    return publicationChanges(history.at(-2) ?? null, history.at(-1)!, history);
  }

  it('holds the last FEED_PUBLICATIONS publications, each entry dated with its publication and linking its page', () => {
    const feed = changesFeed(record(7), ctx);
    const publications = feed.entries.filter((e) => e.title.startsWith('Neue Veröffentlichung'));
    expect(FEED_PUBLICATIONS).toBe(5);
    expect(publications.map((e) => [e.updated, e.link])).toEqual([
      ['2026-06-01T00:00:00Z', '/isek/aenderungen/'],
      ['2025-06-01T00:00:00Z', '/isek/aenderungen/2025-06-01/'],
      ['2024-06-01T00:00:00Z', '/isek/aenderungen/2024-06-01/'],
      ['2023-06-01T00:00:00Z', '/isek/aenderungen/2023-06-01/'],
      ['2022-06-01T00:00:00Z', '/isek/aenderungen/2022-06-01/'],
    ]);
    expect(feed.updated).toBe('2026-06-01T00:00:00Z');
    const measure1 = feed.entries.filter((e) => e.title.startsWith('Maßnahme 1'));
    expect(measure1).toHaveLength(5);
    expect(measure1[1]!.contentHtml).toContain('Sitzung 6 (Stand 1. Juni 2025)');
    expect(measure1[1]!.id).toBe('tag:neumuenster.de,2020:isek/aenderungen/2025-06-01/1');
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });

  it('dates a further publication of the same Stand with the day it was built', () => {
    const feed = changesFeed(record(2, ['2026-06-01', '2026-06-01']), ctx);
    expect(feed.entries[0]).toMatchObject({
      title: 'Neue Veröffentlichung: Stand 1. Juni 2026 (2. Fassung)',
      updated: '2026-06-03T00:00:00Z',
    });
    expect(feed.entries[0]!.id).toBe('tag:neumuenster.de,2026:isek/aenderungen/2026-06-01_2');
    expect(feed.updated).toBe('2026-06-03T00:00:00Z');
  });

  it('filtered to a scope, names only its measures, under its own id and title', () => {
    const feed = changesFeed(record(3), ctx, {
      idPath: 'isek/fachdienste/61/aenderungen',
      title: 'FD 61',
      subtitle: 's',
      measureIds: new Set(['2']),
    });
    expect(feed.id).toBe('tag:neumuenster.de,2020:isek/fachdienste/61/aenderungen');
    expect(feed.title).toBe('FD 61');
    expect(feed.entries.map((e) => e.title)).toEqual([
      'Neue Veröffentlichung: Stand 1. Juni 2022',
      'Maßnahme 2: Maßnahme 2',
      'Neue Veröffentlichung: Stand 1. Juni 2021',
      'Maßnahme 2: Maßnahme 2',
      'Erste Veröffentlichung: Stand 1. Juni 2020',
    ]);
    expect(feed.entries[0]!.contentHtml).toContain('1 Maßnahme hat sich geändert.');
    expect(feed.entries[0]!.id).toBe('tag:neumuenster.de,2020:isek/fachdienste/61/aenderungen/2022-06-01');
  });

  it('announces a publication without changes', () => {
    const feed = changesFeed(publication([makeMeasure({ id: '1' })], [makeMeasure({ id: '1' })]), ctx);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]!.contentHtml).toContain('nichts geändert');
  });

  it('writes escaped titles into the document', () => {
    const xml = changesFeedXml(publication([], [makeMeasure({ id: '1', title: 'Bahnhof & <Umfeld>' })]), ctx);
    expect(xml).toContain('<title>Maßnahme 1: Bahnhof &amp; &lt;Umfeld&gt;</title>');
  });
});

describe('changesFeed: indicators', () => {
  it('gives each indicator with new values or a changed assessment an entry of its own', () => {
    const k = (category: 'on-track' | 'target-reached', years: number[]) =>
      makeIndicator({
        id: 'K-5.6',
        title: 'Leerstand',
        values: years.map((year) => ({
          year,
          value: 9,
          district: null,
          note: null,
          source: { file: 'a', sheet: 'Kennzahlwerte', row: 2 },
        })),
        assessment: assessment({ category }),
      });
    const previous = toSnapshot(
      { ...makeModel([], { stand: '2026-11-12' }), indicators: [k('on-track', [2024])] },
      { stand: '2026-11-12', previous: null },
    );
    const current = toSnapshot(
      { ...makeModel([], { stand: '2027-02-10' }), indicators: [k('target-reached', [2024, 2026])] },
      { stand: '2027-02-10', previous },
    );
    const feed = changesFeed(publicationChanges(previous, current), {
      ...ctx,
      indicatorHref: (id) => `/isek/kennzahlen/${id.toLowerCase()}/`,
      assessmentLabel: (c) => (c === 'on-track' ? 'auf Kurs' : 'Ziel erreicht'),
    });
    const entry = feed.entries.at(-1)!;
    expect(entry.title).toBe('Kennzahl K-5.6: Leerstand');
    expect(entry.link).toBe('/isek/kennzahlen/k-5.6/');
    expect(entry.contentHtml).toContain('Wert für 2026');
    expect(entry.contentHtml).toContain('von „auf Kurs“ zu „Ziel erreicht“');
    expect(entry.id).toBe('tag:neumuenster.de,2026:isek/aenderungen/2027-02-10/kennzahl/K-5.6');
  });
});
