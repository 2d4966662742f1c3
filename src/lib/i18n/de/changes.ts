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
    session ? `Diese Veröffentlichung: Stand ${stand}, Sitzung: ${session}.` : `Diese Veröffentlichung: Stand ${stand}.`,
  first: (stand: string): string =>
    `Dies ist die erste Veröffentlichung (Stand ${stand}). Ab der nächsten Veröffentlichung steht hier, was sich seitdem geändert hat.`,
  unchanged: 'Seit der letzten Veröffentlichung hat sich an den Maßnahmen nichts geändert.',
  count: (text: string, n: number): string =>
    `${text} ${n === 1 ? 'Maßnahme hat' : 'Maßnahmen haben'} sich geändert.`,
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
  none: 'keine Angabe',
  feedLink: 'Änderungen als Feed abonnieren (Atom)',
  feedHint: 'Mit einem Feedreader erfahren Sie von jeder neuen Veröffentlichung, ohne diese Seite erneut aufzurufen.',
  lastChanged: 'Zuletzt geändert',

  // Atom feed
  feedTitle: (site: string): string => `Änderungen – ${site}`,
  feedSubtitle: (city: string): string =>
    `Was sich an den Maßnahmen des Integrierten Stadtentwicklungskonzepts der Stadt ${city} von Veröffentlichung zu Veröffentlichung geändert hat.`,
  entryPublication: (stand: string): string => `Neue Veröffentlichung: Stand ${stand}`,
  entryFirst: (stand: string): string => `Erste Veröffentlichung: Stand ${stand}`,
  entryMeasure: (nr: string, title: string): string => `Maßnahme ${nr}: ${title}`,
  entryKinds: {
    added: 'neu aufgenommen',
    removed: 'nicht mehr in der Maßnahmenliste',
    completed: (from: string): string => `abgeschlossen (vorher: ${from})`,
  },
} as const;
