/**
 * Texts of `/aenderungen/` and its Atom feed.
 */

/** Texts of `/aenderungen/` and its Atom feed. */
export const CHANGES_TEXT = {
  title: 'Änderungen',
  description: (site: string): string =>
    `Was sich im ${site} seit der letzten Veröffentlichung geändert hat: neue, abgeschlossene und nicht mehr enthaltene Maßnahmen, Statuswechsel, Fortschritt und neue Statusberichte.`,
  /** „seit der Sitzung vom …“: the previous publication. */
  since: (stand: string, session: string | null): string =>
    session
      ? `Änderungen seit der letzten Veröffentlichung vom ${stand} (Sitzung: ${session}).`
      : `Änderungen seit der letzten Veröffentlichung vom ${stand}.`,
  current: (stand: string, session: string | null): string =>
    session
      ? `Diese Veröffentlichung: Stand ${stand}, Sitzung: ${session}.`
      : `Diese Veröffentlichung: Stand ${stand}.`,
  first: (stand: string): string =>
    `Dies ist die erste Veröffentlichung (Stand ${stand}). Ab der nächsten Veröffentlichung steht hier, was sich seitdem geändert hat.`,
  unchanged: 'Seit der letzten Veröffentlichung hat sich an den Maßnahmen nichts geändert.',
  count: (text: string, n: number): string => `${text} ${n === 1 ? 'Maßnahme hat' : 'Maßnahmen haben'} sich geändert.`,
  contentsLabel: 'Inhalt dieser Seite',
  sections: {
    added: 'Neue Maßnahmen',
    removed: 'Nicht mehr enthaltene Maßnahmen',
    completed: 'Abgeschlossene Maßnahmen',
    statusChanges: 'Statuswechsel',
    progressChanges: 'Geänderter Fortschritt',
    newReports: 'Neue Statusberichte',
    otherChanges: 'Weitere Änderungen',
    newIndicatorValues: 'Neue Werte der Kennzahlen',
    assessmentChanges: 'Geänderte Bewertung der Kennzahlen',
  },
  entryIndicator: (id: string, title: string): string => `Kennzahl ${id}: ${title}`,
  /** The years of an indicator's new values; `cityWide` false: only Stadtteil values. */
  newIndicatorValues: (years: readonly number[], cityWide: boolean): string =>
    `${years.length === 1 ? 'Wert' : 'Werte'} für ${years.join(', ')}${cityWide ? '' : ' (nur Stadtteile)'}`,
  removedHint: 'Diese Maßnahmen stehen nicht mehr in der Maßnahmenliste; ihre Seiten gibt es nicht mehr.',
  wasStatus: (from: string): string => `vorher: ${from}`,
  statusChange: (from: string, to: string): string => `von „${from}“ zu „${to}“`,
  progressChange: (from: string, to: string): string => `von ${from} auf ${to}`,
  reportOf: (date: string): string => `Statusbericht vom ${date}`,
  reportWithoutDate: 'Statusbericht ohne Datum',
  fieldLabels: {
    title: 'Titel',
    lead: 'Federführung',
    costs: 'Kosten',
    funding: 'Fördermittel',
    end: 'Ende',
  },
  fieldChange: (label: string, from: string, to: string): string => `${label}: von ${from} zu ${to}`,
  /** The further published facts of a measure, named when they change (see `DETAIL_GROUPS`). */
  detailLabels: {
    summary: 'Kurzbeschreibung',
    type: 'Art der Maßnahme',
    start: 'Beginn',
    participants: 'beteiligte Fachdienste',
    productArea: 'Produktbereich oder Produkt',
    goals: 'Ziele',
    sdgs: 'Nachhaltigkeitsziele (SDG)',
    districts: 'Stadtteile',
    location: 'Lage',
    decision: 'Beschluss',
    keywords: 'Suchbegriffe (Schlagworte)',
  },
  /** `alone`: no field with old and new value comes before (then no „außerdem“). */
  detailsChanged: (labels: readonly string[], alone: boolean): string =>
    `${alone ? 'Geändert' : 'Außerdem geändert'}: ${new Intl.ListFormat('de', { type: 'conjunction' }).format(labels)}`,
  none: 'keine Angabe',
  feedLink: 'Änderungen als Feed abonnieren (Atom)',
  feedHint: (n: number): string =>
    `Mit einem Feedreader erfahren Sie von jeder neuen Veröffentlichung, ohne diese Seite erneut aufzurufen. Der Feed enthält die Änderungen der letzten ${n} Veröffentlichungen.`,
  sameStandNote: (sequence: number): string =>
    `Diese Veröffentlichung (${sequence}. Fassung) hat denselben Stand wie die vorige: Die Daten wurden nach der Veröffentlichung noch einmal geändert. Aufgeführt ist, was sich gegenüber der vorigen Fassung geändert hat.`,
  archiveHeading: 'Frühere Veröffentlichungen',
  archiveLink: (stand: string, session: string | null, sequence = 1): string =>
    `Stand ${stand}${sequence > 1 ? ` (${sequence}. Fassung)` : ''}${session ? `, ${session}` : ''}`,
  archiveFirst: 'erste Veröffentlichung',
  archiveCount: (text: string, n: number): string =>
    n === 0 ? 'keine Änderungen' : `${text} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'} geändert`,
  archiveTitle: (stand: string, sequence = 1): string =>
    `Änderungen zum Stand ${stand}${sequence > 1 ? ` (${sequence}. Fassung)` : ''}`,
  archiveDescription: (stand: string, site: string): string =>
    `Was sich im ${site} mit der Veröffentlichung zum Stand ${stand} geändert hat.`,
  archiveNavLabel: 'Weitere Veröffentlichungen',
  archiveNewer: (publication: string): string => `Nächste Veröffentlichung: ${publication}`,
  archiveOlder: (publication: string): string => `Vorige Veröffentlichung: ${publication}`,
  archiveNewest: 'Änderungen der neuesten Veröffentlichung',
  lastChanged: 'Zuletzt geändert',
  /** The meeting on the home page, linking `/aenderungen/`. */
  sessionLink: (session: string): string => `${session}: was sich geändert hat`,
  historyHeading: 'Änderungen von Veröffentlichung zu Veröffentlichung',
  /** The meeting in a measure's history, after the Stand (`null`: nothing to add). */
  historyMeeting: (session: string | null, sequence = 1): string | null =>
    [session, sequence > 1 ? `${sequence}. Fassung` : null].filter((x) => x !== null).join(', ') || null,

  // Atom feed
  feedTitle: (site: string): string => `Änderungen – ${site}`,
  feedSubtitle: (city: string): string =>
    `Was sich an den Maßnahmen des Integrierten Stadtentwicklungskonzepts der Stadt ${city} von Veröffentlichung zu Veröffentlichung geändert hat.`,
  entryPublication: (stand: string, sequence = 1): string =>
    sequence > 1
      ? `Neue Veröffentlichung: Stand ${stand} (${sequence}. Fassung)`
      : `Neue Veröffentlichung: Stand ${stand}`,
  /** The meeting a publication belongs to, named with each change. */
  meeting: (stand: string, session: string | null, sequence = 1): string =>
    `${session ?? 'Veröffentlichung'} (Stand ${stand}${sequence > 1 ? `, ${sequence}. Fassung` : ''})`,
  departmentFeedTitle: (department: string, site: string): string => `Änderungen: Fachdienst ${department} – ${site}`,
  departmentFeedSubtitle: (department: string): string =>
    `Was sich an den Maßnahmen geändert hat, die der Fachdienst ${department} federführend betreut oder an denen er beteiligt ist.`,
  departmentFeedLink: 'Änderungen dieses Fachdiensts als Feed abonnieren (Atom)',
  entryFirst: (stand: string): string => `Erste Veröffentlichung: Stand ${stand}`,
  entryMeasure: (nr: string, title: string): string => `Maßnahme ${nr}: ${title}`,
  entryKinds: {
    added: 'neu aufgenommen',
    removed: 'nicht mehr in der Maßnahmenliste',
    completed: (from: string): string => `abgeschlossen (vorher: ${from})`,
  },
} as const;
