/**
 * Every text a person reads, in German: the site, the check report, the build's progress and
 * the diagnostics. Code keeps English identifiers and asks this module for the words.
 *
 * Sections are grouped by who reads them. Functions take the variable parts, so word order stays
 * natural German.
 */
import type { Status, MeasureType } from '../schemas/status.ts';

/** Labels of the implementation states (settings may override them). */
export const STATUS_LABELS: Record<Status, string> = {
  planned: 'geplant',
  preparing: 'in Vorbereitung',
  'in-progress': 'in Umsetzung',
  ongoing: 'Daueraufgabe',
  completed: 'abgeschlossen',
  deferred: 'zurückgestellt',
  dropped: 'entfallen',
};

/** Labels of the kinds of measure (`Art`). */
export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  key: 'Schlüsselmaßnahme',
  council: 'Beschluss der Selbstverwaltung',
  administration: 'Maßnahme der Verwaltung',
};

/** Plural labels of the kinds of measure, for headings and filters. */
export const MEASURE_TYPE_PLURALS: Record<MeasureType, string> = {
  key: 'Schlüsselmaßnahmen',
  council: 'Beschlüsse der Selbstverwaltung',
  administration: 'Maßnahmen der Verwaltung',
};

/** The six product areas of Schleswig-Holstein's municipal product framework (default). */
export const DEFAULT_PRODUCT_AREAS: Record<number, string> = {
  1: 'Zentrale Verwaltung',
  2: 'Schule und Kultur',
  3: 'Soziales und Jugend',
  4: 'Gesundheit und Sport',
  5: 'Gestaltung der Umwelt',
  6: 'Zentrale Finanzleistungen',
};

/** German titles of the UN Sustainable Development Goals. */
export const SDG_TITLES: Record<number, string> = {
  1: 'Keine Armut',
  2: 'Kein Hunger',
  3: 'Gesundheit und Wohlergehen',
  4: 'Hochwertige Bildung',
  5: 'Geschlechtergleichheit',
  6: 'Sauberes Wasser und Sanitäreinrichtungen',
  7: 'Bezahlbare und saubere Energie',
  8: 'Menschenwürdige Arbeit und Wirtschaftswachstum',
  9: 'Industrie, Innovation und Infrastruktur',
  10: 'Weniger Ungleichheiten',
  11: 'Nachhaltige Städte und Gemeinden',
  12: 'Nachhaltige/r Konsum und Produktion',
  13: 'Maßnahmen zum Klimaschutz',
  14: 'Leben unter Wasser',
  15: 'Leben an Land',
  16: 'Frieden, Gerechtigkeit und starke Institutionen',
  17: 'Partnerschaften zur Erreichung der Ziele',
};

/** Names of the sheet kinds, as the office knows them. */
export const SHEET_KIND_LABELS = {
  measures: 'Maßnahmen',
  reports: 'Statusberichte',
  goals: 'Ziele',
  departments: 'Fachdienste',
  productAreas: 'Produktbereiche',
  info: 'Info',
} as const;

/** Words for the severities. */
export const SEVERITY_LABELS = {
  error: 'Fehler',
  warning: 'Warnung',
  notice: 'Hinweis',
} as const;

// ---------------------------------------------------------------------------------------------
// Zellwerte: messages of the cell parsers (`src/lib/cells/`). Each names what was found and what
// is expected; the caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** `„a“, „b“ oder „c“`: quoted values joined the German way. */
const quotedList = (values: readonly string[], last: 'oder' | 'und'): string => {
  const quoted = values.map((v) => `„${v}“`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
};

/** Messages of the cell parsers. `found` is the cell's text as the office sees it. */
export const CELL_MESSAGES = {
  /** An Excel error value such as `#REF!` instead of a value. */
  formulaError: (error: string): string =>
    `Die Zelle enthält den Formelfehler „${error}“ statt eines Werts. Bitte die Formel in Excel korrigieren oder durch den Wert ersetzen.`,
  invalidDate: (found: string): string =>
    `„${found}“ ist kein gültiges Datum. Erwartet wird TT.MM.JJJJ, MM/JJJJ oder JJJJ.`,
  invalidMoney: (found: string): string =>
    `„${found}“ ist kein gültiger Geldbetrag. Erwartet wird ein Betrag in Euro, z. B. 1.250.000 €, 1.250.000,50 EUR, 250 T€ oder 1,5 Mio. €.`,
  negativeMoney: (found: string): string =>
    `„${found}“ ist ein negativer Betrag. Erwartet wird ein Betrag von 0 € oder mehr.`,
  invalidPercent: (found: string): string =>
    `„${found}“ ist keine gültige Prozentangabe. Erwartet wird eine Zahl von 0 bis 100, z. B. 45 oder 45 %.`,
  percentOutOfRange: (found: string): string =>
    `„${found}“ liegt außerhalb des erlaubten Bereichs. Erwartet wird eine Prozentangabe von 0 bis 100.`,
  invalidYesNo: (found: string): string =>
    `„${found}“ ist kein gültiger Ja/Nein-Wert. Erwartet wird ja oder nein (auch x oder leer, 1 oder 0, wahr oder falsch).`,
  /** `what` names the kind of number in the nominative, e.g. `Produktbereich` or `SDG`. */
  invalidInteger: (found: string, what: string, min: number, max: number): string =>
    `„${found}“ ist keine gültige Angabe für ${what}. Erwartet wird eine ganze Zahl von ${min} bis ${max}.`,
  integerOutOfRange: (found: string, what: string, min: number, max: number): string =>
    `„${found}“ liegt außerhalb des erlaubten Bereichs für ${what}. Erlaubt sind ganze Zahlen von ${min} bis ${max}.`,
  /** Several bad items of one list cell, each already described by one of the sentences above. */
  listProblems: (messages: readonly string[]): string => messages.join(' '),
  invalidLink: (found: string): string =>
    `„${found}“ ist kein gültiger Link. Erwartet wird eine Webadresse, die mit http:// oder https:// beginnt.`,
  /** A well-formed address of another kind (`javascript:`, `ftp:`, `mailto:` …). */
  linkSchemeRefused: (found: string, scheme: string): string =>
    `„${found}“ ist als Link nicht erlaubt (${scheme}). Erlaubt sind nur Webadressen, die mit http:// oder https:// beginnen.`,
  invalidEmail: (found: string): string =>
    `„${found}“ ist keine gültige E-Mail-Adresse. Erwartet wird eine Adresse wie name@stadt.de.`,
  /** `allowed` are the valid labels; `suggestion` the closest one, if any is close. */
  invalidStatus: (found: string, allowed: readonly string[], suggestion: string | null): string =>
    `„${found}“ ist kein gültiger Status. Erlaubt sind ${quotedList(allowed, 'und')}.` +
    (suggestion ? ` Meinten Sie „${suggestion}“?` : ''),
  invalidMeasureType: (found: string, allowed: readonly string[], suggestion: string | null): string =>
    `„${found}“ ist keine gültige Art der Maßnahme. Erlaubt sind ${quotedList(allowed, 'und')}.` +
    (suggestion ? ` Meinten Sie „${suggestion}“?` : ''),
} as const;

/** How the yes/no parser's answers read when a yes/no cell is shown as text. */
export const YES_NO_LABELS = { yes: 'ja', no: 'nein' } as const;

// ---------------------------------------------------------------------------------------------
// Dateien, Blätter, Kopfzeilen: messages of `src/lib/files/` and `src/lib/workbook/` (finding,
// reading and locating the office's workbooks). The caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** `„a“, „b“ und „c“` for names in the reader's messages. */
const namedList = (values: readonly string[]): string => quotedList(values, 'und');

/** Messages about the data folder and the files in it. */
export const FILE_MESSAGES = {
  lockSkipped: (name: string): string =>
    `„${name}“ ist eine Sperrdatei von Excel oder LibreOffice (die Arbeitsmappe ist gerade geöffnet) und wird übersprungen.`,
  unsupportedType: (name: string): string =>
    `„${name}“ ist keine Arbeitsmappe (.xlsx, .xlsm, .xls oder .ods) und wird nicht gelesen.`,
  /** A sub-folder other than `seiten/` and `veroeffentlichungen/`. */
  unexpectedFolder: (name: string): string =>
    `Der Unterordner „${name}“ wird nicht gelesen. Arbeitsmappen müssen direkt im Datenordner liegen.`,
  dataDirMissing: (dir: string): string =>
    `Der Datenordner „${dir}“ fehlt. Bitte den Ordner anlegen und die Excel-Arbeitsmappen hineinlegen (oder mit ISEK_DATA_DIR einen anderen Ordner angeben).`,
  dataDirNotAFolder: (dir: string): string =>
    `„${dir}“ ist eine Datei, kein Ordner. Als Datenordner wird ein Ordner mit den Excel-Arbeitsmappen erwartet.`,
  dataDirEmpty: (dir: string): string =>
    `Im Datenordner „${dir}“ liegt keine Excel-Arbeitsmappe (.xlsx, .xlsm, .xls oder .ods).`,
  /** The file system refused to read a file (rights, a file removed while reading). */
  notReadable: (name: string, reason: string): string =>
    `„${name}“ konnte nicht gelesen werden (${reason}). Bitte prüfen, ob die Datei noch da ist und gelesen werden darf.`,
  empty: (name: string): string =>
    `„${name}“ ist leer (0 Byte). Bitte die Datei neu aus Excel speichern.`,
  unreadable: (name: string): string =>
    `„${name}“ ist keine Excel-Arbeitsmappe oder beschädigt. Bitte die Datei neu aus Excel speichern.`,
  encrypted: (name: string): string =>
    `„${name}“ ist mit einem Kennwort geschützt. Bitte ohne Kennwort speichern.`,
} as const;

/** Messages about sheets, header rows and columns. `kind` is the sheet kind's German name. */
export const SHEET_MESSAGES = {
  /** `accepted` are all sheet names of the kind; `required` its required headers. */
  missing: (kind: string, accepted: readonly string[], required: readonly string[]): string =>
    `Es fehlt ein Blatt „${kind}“. Akzeptierte Blattnamen: ${namedList(accepted)}. ` +
    `Ein Blatt mit anderem Namen wird auch erkannt, wenn seine Kopfzeile alle Pflichtspalten enthält (${namedList(required)}).`,
  /** `places` are `„Datei“, Blatt „Blatt“` descriptions of every occurrence. */
  duplicate: (kind: string, places: readonly string[]): string =>
    `Das Blatt „${kind}“ gibt es ${places.length}-mal: ${places.join('; ')}. Es darf nur eines geben. ` +
    `Liegen z. B. ein alter und ein neuer Export beide im Datenordner? Bitte den veralteten entfernen.`,
  /** One occurrence for {@link SHEET_MESSAGES.duplicate}. */
  place: (file: string, sheet: string): string => `„${file}“, Blatt „${sheet}“`,
  empty: (kind: string): string =>
    `Das Blatt „${kind}“ ist leer. Erwartet werden eine Kopfzeile und darunter eine Zeile je Eintrag.`,
  /** An optional sheet kind without content: nothing is lost. */
  emptyOptional: (kind: string): string => `Das Blatt „${kind}“ ist leer und wird übersprungen.`,
  noHeader: (kind: string, headers: readonly string[]): string =>
    `Im Blatt „${kind}“ wurde keine Kopfzeile gefunden. Erwartet wird eine Zeile mit mindestens zwei der Überschriften ${namedList(headers)}.`,
  /** An optional sheet kind whose header row was not found. */
  noHeaderOptional: (kind: string, headers: readonly string[]): string =>
    `Im Blatt „${kind}“ wurde keine Kopfzeile gefunden (mindestens zwei der Überschriften ${namedList(headers)}); es wird nicht gelesen.`,
  recognisedByHeaders: (sheet: string, kind: string): string =>
    `Der Blattname „${sheet}“ ist unbekannt, das Blatt wird aber anhand seiner Spaltenüberschriften als „${kind}“ gelesen. Tipp: das Blatt in „${kind}“ umbenennen.`,
  /** A sheet that matches no kind; `kinds` are the names the build understands. */
  ignored: (sheet: string, kinds: readonly string[]): string =>
    `Das Blatt „${sheet}“ wird nicht gelesen: Name und Spaltenüberschriften passen zu keinem der Blätter ${namedList(kinds)}.`,
  /** A sheet without a known name and without any cell. */
  ignoredEmpty: (sheet: string): string => `Das Blatt „${sheet}“ ist leer und wird nicht gelesen.`,
  /** A sheet whose headers fit several kinds equally well. */
  ambiguous: (sheet: string, kinds: readonly string[]): string =>
    `Das Blatt „${sheet}“ wird nicht gelesen: Seine Spaltenüberschriften passen gleich gut zu den Blättern ${namedList(kinds)}. Bitte das Blatt passend umbenennen.`,
} as const;

/** Messages about columns of a header row. */
export const COLUMN_MESSAGES = {
  missing: (header: string, aliases: readonly string[], headerRow: number): string =>
    `Die Pflichtspalte „${header}“ fehlt in der Kopfzeile (Zeile ${headerRow}).` +
    (aliases.length > 0 ? ` Als Überschrift werden auch ${namedList(aliases)} akzeptiert.` : ''),
  /** `first` and `second` are the headers as written, with their column letters. */
  duplicate: (first: string, firstColumn: string, second: string, secondColumn: string, canonical: string): string =>
    `Die Spalten „${first}“ (Spalte ${firstColumn}) und „${second}“ (Spalte ${secondColumn}) bedeuten beide „${canonical}“. ` +
    `Gelesen wird nur Spalte ${firstColumn}; bitte eine der beiden löschen oder umbenennen.`,
  /** `columns` are `„Überschrift“ (Spalte F)` descriptions. */
  unknown: (columns: readonly string[]): string =>
    `Diese Spalten sind unbekannt und werden nicht gelesen: ${columns.join(', ')}.`,
  /** One unknown column for {@link COLUMN_MESSAGES.unknown}. */
  unknownColumn: (header: string, letter: string): string => `„${header}“ (Spalte ${letter})`,
  /** A column holding values below an empty header cell. */
  unnamedColumn: (letter: string): string => `Spalte ${letter} ohne Überschrift`,
} as const;

/** Messages about rows. */
export const ROW_MESSAGES = {
  /** `rows` is a short description such as `5, 9–12 und 3 weitere`. */
  emptySkipped: (count: number, rows: string): string =>
    count === 1 ? `Eine leere Zeile wurde übersprungen (Zeile ${rows}).` : `${count} leere Zeilen wurden übersprungen (Zeilen ${rows}).`,
  /** The tail of a shortened list of rows. */
  moreRows: (count: number): string => `und ${count} weitere`,
} as const;

// ---------------------------------------------------------------------------------------------
// Modell: messages of `src/lib/model/` (unique keys, references, the goal tree, plausibility).
// The caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** A date as the office writes it: `12.11.2026`, `11/2026` or `2026`. */
const officeDate = (d: { precision: 'day' | 'month' | 'year'; iso: string }): string => {
  const [y, m, day] = d.iso.split('-');
  if (d.precision === 'day') return `${day}.${m}.${y}`;
  if (d.precision === 'month') return `${m}/${y}`;
  return y ?? d.iso;
};

/** ` Meinten Sie „a“ oder „b“?` or nothing. */
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length > 0 ? ` Meinten Sie ${quotedList(suggestions, 'oder')}?` : '';

/** Messages about keys, references and the plausibility of measures and goals. */
export const MODEL_MESSAGES = {
  valueRequired: (header: string): string =>
    `Die Spalte „${header}“ ist eine Pflichtangabe, die Zelle ist aber leer.`,
  keyWithoutAddress: (key: string): string =>
    `Aus der Nummer „${key}“ lässt sich keine Seitenadresse bilden: Sie muss mindestens einen Buchstaben oder eine Ziffer enthalten.`,
  duplicateKey: (key: string, file: string, sheet: string, row: number): string =>
    `Die Nummer „${key}“ kommt doppelt vor; sie steht schon in „${file}“, Blatt „${sheet}“, Zeile ${row}. ` +
    `Jede Nummer darf nur einmal vorkommen (auch nicht in einer Schreibweise, die dieselbe Seitenadresse ergibt).`,
  unknownGoal: (id: string, suggestions: readonly string[]): string =>
    `Das Ziel „${id}“ gibt es im Blatt „Ziele“ nicht.${didYouMean(suggestions)}`,
  unknownParentGoal: (id: string, suggestions: readonly string[]): string =>
    `Das übergeordnete Ziel „${id}“ gibt es im Blatt „Ziele“ nicht.${didYouMean(suggestions)}`,
  unknownDepartment: (text: string, suggestions: readonly string[]): string =>
    `Den Fachdienst „${text}“ gibt es im Blatt „Fachdienste“ nicht. ` +
    `Erwartet wird die Nummer (z. B. 61 oder FD 61), Nummer und Name oder der Name.${didYouMean(suggestions)}`,
  unknownMeasure: (id: string, suggestions: readonly string[]): string =>
    `Die Maßnahme „${id}“ gibt es im Blatt „Maßnahmen“ nicht.${didYouMean(suggestions)}`,
  unknownProductArea: (n: number, valid: readonly number[]): string =>
    `Den Produktbereich ${n} gibt es nicht. Erlaubt sind ${quotedList(valid.map(String), 'und')}.`,
  goalCycle: (chain: readonly string[]): string =>
    `Die Ziele verweisen im Kreis aufeinander: ${chain.join(' → ')}. Ein Ziel kann nicht (auch nicht über andere) sein eigenes Oberziel sein.`,
  goalProductAreaMissing: (id: string): string =>
    `Das Oberziel „${id}“ hat keinen Produktbereich. Oberziele brauchen einen Produktbereich von 1 bis 6; Unterziele übernehmen ihn.`,
  goalProductAreaConflict: (id: string, own: number, inherited: number, rootId: string): string =>
    `Das Unterziel „${id}“ nennt Produktbereich ${own}, sein Oberziel „${rootId}“ aber ${inherited}. ` +
    `Es wird Produktbereich ${inherited} verwendet; bitte die Angabe leeren oder angleichen.`,
  goalWithoutMeasures: (id: string, title: string): string =>
    `Zum Ziel „${id} ${title}“ gibt es (auch in seinen Unterzielen) keine Maßnahme.`,
  measureProductAreaUnknown: (id: string): string =>
    `Die Maßnahme „${id}“ hat keinen Produktbereich und kein Ziel, aus dem er sich ergibt. ` +
    `Sie erscheint unter keinem Produktbereich.`,
  measureProductAreaConflict: (id: string, given: number, fromGoals: readonly number[]): string =>
    `Die Maßnahme „${id}“ nennt Produktbereich ${given}, ihre Ziele gehören aber zu ` +
    `${fromGoals.length === 1 ? 'Produktbereich' : 'den Produktbereichen'} ${quotedList(fromGoals.map(String), 'und')}.`,
  completedButProgress: (progress: number): string =>
    `Die Maßnahme ist abgeschlossen, der Fortschritt steht aber bei ${progress} %. Erwartet werden 100 % oder ein leeres Feld.`,
  reportDateMissing: (): string =>
    `Der Statusbericht hat kein Datum. Bitte in der Spalte „Stand“ angeben, von wann er ist.`,
  reportStale: (date: { precision: 'day' | 'month' | 'year'; iso: string }, months: number, limit: number): string =>
    `Der neueste Statusbericht ist vom ${officeDate(date)} und damit ${months} Monate alt (Grenze: ${limit} Monate). Bitte aktualisieren.`,
  endBeforeStart: (start: { precision: 'day' | 'month' | 'year'; iso: string }, end: { precision: 'day' | 'month' | 'year'; iso: string }): string =>
    `Das Ende (${officeDate(end)}) liegt vor dem Beginn (${officeDate(start)}).`,
  endBeforeStartImprecise: (start: { precision: 'day' | 'month' | 'year'; iso: string }, end: { precision: 'day' | 'month' | 'year'; iso: string }): string =>
    `Das Ende (${officeDate(end)}) liegt möglicherweise vor dem Beginn (${officeDate(start)}); wegen der ungenauen Angabe nur eine Warnung.`,
  unknownInfoKey: (key: string): string =>
    `Die Angabe „${key}“ im Blatt „Info“ ist unbekannt und wird nicht verwendet. Bekannt sind „Stand“, „Sitzung“ und „Doppelhaushalt“.`,
  standMissing: (derived: { precision: 'day' | 'month' | 'year'; iso: string } | null): string =>
    derived
      ? `Es gibt keinen „Stand“ im Blatt „Info“. Als Stand wird das Datum des neuesten Statusberichts verwendet: ${officeDate(derived)}.`
      : `Es gibt keinen „Stand“ im Blatt „Info“ und keinen datierten Statusbericht; die Seite nennt keinen Stand.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Einstellungen: messages about `einstellungen.json`.
// ---------------------------------------------------------------------------------------------

/** Messages about the settings file. */
export const SETTINGS_MESSAGES = {
  invalid: (path: string, problem: string): string =>
    path ? `Die Einstellung „${path}“ ist ungültig: ${problem}.` : `Die Einstellungen sind ungültig: ${problem}.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Prüfbericht: the check's text report on the terminal.
// ---------------------------------------------------------------------------------------------

const plural = (n: number, one: string, many: string): string =>
  `${new Intl.NumberFormat('de-DE').format(n)} ${n === 1 ? one : many}`;

/** Words of the check report. */
export const REPORT_TEXT = {
  sheet: (name: string): string => `Blatt „${name}“`,
  row: (row: number): string => `Zeile ${row}`,
  column: (header: string): string => `Spalte „${header}“`,
  /** The place of a problem in the settings file: the setting's name instead of a column. */
  setting: (name: string): string => `Einstellung „${name}“`,
  heading: (severity: 'error' | 'warning' | 'notice', n: number): string =>
    ({ error: 'Fehler', warning: 'Warnungen', notice: 'Hinweise' })[severity] + ` (${n})`,
  marker: { error: '✖', warning: '▲', notice: '·' } as const,
  noticesHidden: (n: number): string =>
    `${plural(n, 'Hinweis', 'Hinweise')} (z. B. unbekannte Spalten, übersprungene leere Zeilen). Alle zeigen: npm run check -- --alle`,
  rowCountsHeading: 'Zeilenbilanz',
  rowCounts: (kind: string, c: { read: number; published: number; skippedEmpty: number; refused: number }): string =>
    `${SHEET_KIND_LABELS[kind as keyof typeof SHEET_KIND_LABELS] ?? kind}: ${plural(c.read, 'Zeile', 'Zeilen')} gelesen = ` +
    `${c.published} übernommen + ${c.skippedEmpty} leer übersprungen + ${c.refused} abgelehnt`,
  published: (c: { measures: number; goals: number; departments: number; productAreas: number; reports: number }): string =>
    `Inhalt: ${plural(c.measures, 'Maßnahme', 'Maßnahmen')}, ${plural(c.goals, 'Ziel', 'Ziele')}, ` +
    `${plural(c.departments, 'Fachdienst', 'Fachdienste')}, ${plural(c.productAreas, 'Produktbereich', 'Produktbereiche')}, ` +
    `${plural(c.reports, 'Statusbericht', 'Statusberichte')}.`,
  verdict: (ok: boolean, c: { errors: number; warnings: number; notices: number }): string =>
    ok
      ? `Ergebnis: keine Fehler, ${plural(c.warnings, 'Warnung', 'Warnungen')}. Die Daten können veröffentlicht werden.`
      : `Ergebnis: ${plural(c.errors, 'Fehler', 'Fehler')}, ${plural(c.warnings, 'Warnung', 'Warnungen')}. ` +
        `Bitte die Fehler in den Arbeitsmappen beheben; veröffentlicht wird erst, wenn keine Fehler mehr gemeldet werden.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Kommandozeile: headings and progress of `npm run check` and `npm run build`.
// ---------------------------------------------------------------------------------------------

/** Texts of the command-line tools. */
export const CLI_TEXT = {
  checkHeading: (dataDir: string): string => `ISEK-Prüfung der Arbeitsmappen in „${dataDir}“`,
} as const;

/** Texts of `npm run build`. */
export const BUILD_TEXT = {
  start: (dataDir: string): string => `ISEK-Website wird gebaut aus „${dataDir}“ …`,
  stage: (stage: 'read' | 'check' | 'pages' | 'search' | 'publish', ms: number, counts: Readonly<Record<string, number>>): string => {
    const time = `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
    const n = (k: string) => new Intl.NumberFormat('de-DE').format(counts[k] ?? 0);
    switch (stage) {
      case 'read':
        return `  ✔ Lesen: ${plural(counts.files ?? 0, 'Arbeitsmappe', 'Arbeitsmappen')} mit ${plural(counts.sheets ?? 0, 'Blatt', 'Blättern')} (${time})`;
      case 'check':
        return (
          `  ${(counts.errors ?? 0) > 0 ? '✖' : '✔'} Prüfen: ${n('measures')} Maßnahmen, ${n('goals')} Ziele, ${n('departments')} Fachdienste; ` +
          `${plural(counts.errors ?? 0, 'Fehler', 'Fehler')}, ${plural(counts.warnings ?? 0, 'Warnung', 'Warnungen')} (${time})`
        );
      case 'pages':
        return `  ✔ Seiten: ${n('pages')} Seiten (${time})`;
      case 'search':
        return `  ✔ Suchindex: ${n('pages')} Seiten durchsuchbar (${time})`;
      case 'publish':
        return `  ✔ Veröffentlichen (${time})`;
    }
  },
  done: (outDir: string, base: string, pages: number, warnings: number): string =>
    `\nFertig: ${new Intl.NumberFormat('de-DE').format(pages)} Seiten in „${outDir}“, für die Adresse „${base}“.` +
    (warnings > 0 ? ` ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'} (siehe oben).` : ' Keine Warnungen.') +
    `\nAnsehen mit: npm run preview`,
  refusedData: (outDir: string): string =>
    `\nNicht veröffentlicht: Die Arbeitsmappen enthalten Fehler (siehe oben). „${outDir}“ bleibt unverändert.`,
  refusedOutput: (outDir: string, problem: 'holds-project' | 'inside-data' | 'foreign-content'): string =>
    `\nNicht veröffentlicht: In „${outDir}“ darf die Website nicht geschrieben werden, denn der Build ersetzt den Ordner ganz. ` +
    {
      'holds-project': 'Der Ordner ist der Projekt- oder Datenordner oder enthält ihn.',
      'inside-data': 'Der Ordner liegt im Datenordner.',
      'foreign-content': 'Er enthält Dateien, aber keine mit diesem Werkzeug gebaute Website (keine „.isek-build.json“).',
    }[problem] +
    ` Bitte mit --ausgabe einen eigenen, leeren Ordner angeben (Standard: „dist“). Nichts wurde verändert.`,
  failed: (outDir: string): string =>
    `\nNicht veröffentlicht: Beim Bauen der Seiten ist ein technischer Fehler aufgetreten. „${outDir}“ bleibt unverändert. ` +
    `Bitte die folgende Meldung an das Web-Team weitergeben:`,
} as const;

// ---------------------------------------------------------------------------------------------
// Website: every text of the pages, components and layouts (the Astro layer)
// ---------------------------------------------------------------------------------------------

/** „1 Maßnahme“ / „12 Maßnahmen“: `text` is the formatted number, `n` decides the form. */
const sitePlural = (text: string, n: number, one: string, many: string): string =>
  `${text} ${n === 1 ? one : many}`;

/** Texts of the website. Functions take the variable parts (already formatted). */
export const SITE_TEXT = {
  // Dev server
  devLoadFailed: (dataDir: string): string =>
    `Die Daten in „${dataDir}“ enthalten Fehler. Die Website wird erst angezeigt, wenn sie behoben sind (alle Meldungen: npm run check):`,
  devRow: (row: number): string => `Zeile ${row}`,

  // Frame
  pageTitle: (page: string, site: string): string => `${page} – ${site}`,
  skipLink: 'Zum Inhalt springen',
  mainNavLabel: 'Hauptnavigation',
  breadcrumbLabel: 'Brotkrümelnavigation',
  searchLabel: 'Website durchsuchen',
  searchButton: 'Suchen',
  nav: {
    home: 'Start',
    measures: 'Maßnahmen',
    goals: 'Ziele',
    departments: 'Fachdienste',
    productAreas: 'Produktbereiche',
  },
  footer: {
    contact: 'Kontakt',
    email: 'E-Mail',
    phone: 'Telefon',
    linksLabel: 'Informationen zur Website',
    about: 'Über das ISEK',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    easyLanguage: 'Leichte Sprache',
  },
  stand: 'Stand',
  backHome: 'Zurück zur Startseite',
  noValue: 'keine Angabe',
  keyMeasure: 'Schlüsselmaßnahme',
  sdgPrefix: 'Nachhaltigkeitsziel',
  productAreaLabel: (id: number, name: string): string => `${id} ${name}`,
  measureCount: (text: string, n: number): string => sitePlural(text, n, 'Maßnahme', 'Maßnahmen'),
  goalCount: (text: string, n: number): string => sitePlural(text, n, 'Ziel', 'Ziele'),
  leadCount: (text: string, n: number): string =>
    `${sitePlural(text, n, 'Maßnahme', 'Maßnahmen')} federführend`,
  measureDescription: (nr: string, site: string): string =>
    `Maßnahme ${nr} des ${site}: Umsetzungsstand, Fortschritt, Statusbericht, Ziele und Zuständigkeit.`,
  goalDescription: (nr: string, title: string, site: string): string =>
    `Ziel ${nr} „${title}“ des ${site}: Unterziele, Maßnahmen und ihr Umsetzungsstand.`,

  // Status summary
  summary: {
    heading: 'Umsetzungsstand',
    headingAll: 'Umsetzungsstand aller Maßnahmen',
    caption: 'Maßnahmen nach Umsetzungsstand',
    status: 'Status',
    count: 'Anzahl',
    total: 'Gesamt',
    none: 'Keine Maßnahmen.',
    average: 'Durchschnittlicher Fortschritt',
    averageShort: (percent: string, counted: string): string =>
      `Durchschnittlicher Fortschritt: ${percent} (über ${counted} mit Angabe; ohne Angabe zählt nicht als 0 %)`,
    /** How the average is computed, with this set's numbers (see `lib/model/rollup.ts`). */
    explanation: (counted: number, withoutValue: number, notCounted: number): string => {
      const fmt = (n: number): string => new Intl.NumberFormat('de-DE').format(n);
      const parts = [
        counted === 0
          ? 'Keine Maßnahme hat eine Fortschrittsangabe, daher gibt es keinen Durchschnitt.'
          : `Durchschnitt über ${sitePlural(fmt(counted), counted, 'Maßnahme', 'Maßnahmen')} mit Fortschrittsangabe; abgeschlossene zählen ohne Angabe als 100 %.`,
      ];
      if (withoutValue > 0) {
        parts.push(
          `${sitePlural(fmt(withoutValue), withoutValue, 'Maßnahme', 'Maßnahmen')} ohne Angabe ${withoutValue === 1 ? 'zählt' : 'zählen'} nicht als 0 %, sondern ${withoutValue === 1 ? 'bleibt' : 'bleiben'} unberücksichtigt.`,
        );
      }
      if (notCounted > 0) {
        parts.push(
          `${sitePlural(fmt(notCounted), notCounted, 'zurückgestellte oder entfallene Maßnahme bleibt', 'zurückgestellte oder entfallene Maßnahmen bleiben')} außen vor.`,
        );
      }
      return parts.join(' ');
    },
  },

  // Measure table
  table: {
    nr: 'Nr.',
    title: 'Maßnahme',
    status: 'Status',
    progress: 'Fortschritt',
    lead: 'Federführung',
    stand: 'Stand',
  },

  // Contact card
  contact: {
    heading: 'Kontakt zum Fachdienst',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Webseite',
    none: 'Für diesen Fachdienst sind keine Kontaktdaten angegeben.',
  },

  // Home
  home: {
    description: (city: string): string =>
      `Ziele und Maßnahmen des Integrierten Stadtentwicklungskonzepts (ISEK) der Stadt ${city} und ihr Umsetzungsstand.`,
    intro: (city: string): string =>
      `Das Integrierte Stadtentwicklungskonzept (ISEK) beschreibt, wie sich ${city} entwickeln soll. Hier sehen Sie seine Ziele und Maßnahmen und wie weit sie umgesetzt sind.`,
    session: 'Sitzung',
    budget: 'Doppelhaushalt',
    keyFigures: 'Auf einen Blick',
    focusHeading: 'Ziele im Fokus',
    keyMeasures: 'Schlüsselmaßnahmen',
    moreKeyMeasures: (count: string): string =>
      `${count} weitere Schlüsselmaßnahmen in der Liste aller Maßnahmen`,
    byProductArea: 'Nach Produktbereich',
    byDepartment: 'Nach Fachdienst',
  },

  // Measures
  measuresPage: {
    title: 'Maßnahmen',
    description: (site: string): string =>
      `Alle Maßnahmen des ${site} mit Umsetzungsstand, Fortschritt und federführendem Fachdienst.`,
    intro: (count: string): string =>
      `${count} Maßnahmen setzen die Ziele des ISEK um. Wählen Sie eine Maßnahme für alle Angaben und den aktuellen Statusbericht.`,
    listHeading: 'Liste der Maßnahmen',
    /** `count`: the number, or on one of several pages the range (`51 bis 100 von 240`). */
    caption: (count: string): string => `Maßnahmen (${count})`,
  },
  measure: {
    caption: (nr: string): string => `Maßnahme ${nr}`,
    overview: 'Auf einen Blick',
    status: 'Status',
    progress: 'Fortschritt',
    type: 'Art',
    start: 'Beginn',
    end: 'Ende',
    costs: 'Kosten',
    funding: 'Fördermittel',
    productArea: 'Produktbereich',
    inheritedFromGoals: '(aus den Zielen übernommen)',
    product: 'Produkt',
    lead: 'Federführender Fachdienst',
    participating: 'Beteiligte Fachdienste',
    districts: 'Stadtteile',
    decision: 'Beschluss',
    decisionBody: 'Gremium',
    decisionDate: 'Datum',
    decisionPaper: 'Vorlage',
    decisionLink: 'Ratsinformationssystem',
    decisionLinkText: 'Beschluss im Ratsinformationssystem',
    decisionLinkTextPaper: (paper: string): string => `Vorlage ${paper} im Ratsinformationssystem`,
    report: 'Aktueller Statusbericht',
    reportWithoutDate: 'ohne Datum',
    noReport: 'Zu dieser Maßnahme gibt es noch keinen Statusbericht.',
    history: 'Verlauf der Statusberichte',
    goals: 'Ziele',
    sdgs: 'Nachhaltigkeitsziele (SDG)',
    sdgsInherited: 'Aus den Zielen der Maßnahme übernommen.',
    back: 'Zurück zur Liste aller Maßnahmen',
  },

  // Goals
  goalsPage: {
    title: 'Ziele',
    description: (site: string): string =>
      `Das Zielsystem des ${site}: alle Ziele nach Produktbereich, mit Unterzielen und Umsetzungsstand.`,
    intro: (count: string): string =>
      `Das Zielsystem des ISEK umfasst ${count} Ziele, geordnet nach Produktbereichen. Ziele im Fokus sind markiert.`,
    focusHeading: 'Ziele im Fokus',
  },
  goal: {
    caption: (nr: string): string => `Ziel ${nr}`,
    captionTop: (nr: string): string => `Oberziel ${nr}`,
    focus: 'im Fokus',
    productGroup: 'Produktgruppe',
    parent: 'Übergeordnetes Ziel',
    sources: 'Quelle',
    children: 'Unterziele',
    measures: 'Maßnahmen zu diesem Ziel',
    noMeasures: 'Diesem Ziel sind noch keine Maßnahmen zugeordnet.',
    via: (goals: readonly string[]): string =>
      `über ${goals.length === 1 ? 'Unterziel' : 'Unterziele'} ${goals.join('; ')}`,
    back: 'Zurück zur Übersicht der Ziele',
    backToParent: (parent: string): string => `Zurück zum übergeordneten Ziel ${parent}`,
  },

  // Departments
  departmentsPage: {
    title: 'Fachdienste',
    description: (site: string): string =>
      `Die Fachdienste der Verwaltung und die Maßnahmen des ${site}, die sie federführend umsetzen oder an denen sie beteiligt sind.`,
    intro: (count: string): string =>
      `${count} Fachdienste setzen die Maßnahmen des ISEK um, federführend oder beteiligt.`,
    caption: (count: string): string => `Fachdienste (${count}) und ihre Maßnahmen`,
    nr: 'Nr.',
    name: 'Fachdienst',
    division: 'Fachbereich',
    lead: 'federführend',
    participating: 'beteiligt',
    progress: 'Ø Fortschritt',
    progressNote:
      'Ø Fortschritt: Durchschnitt der federführend betreuten Maßnahmen mit Fortschrittsangabe; Maßnahmen ohne Angabe zählen nicht als 0 %.',
  },
  department: {
    caption: (nr: string): string => `Fachdienst ${nr}`,
    description: (nr: string, name: string, site: string): string =>
      `Fachdienst ${nr} ${name}: Kontakt und Maßnahmen des ${site}.`,
    summaryHeading: 'Umsetzungsstand der federführenden Maßnahmen',
    summaryCaption: 'Federführende Maßnahmen nach Umsetzungsstand',
    leadHeading: (count: string): string => `Federführend (${count})`,
    participatingHeading: (count: string): string => `Beteiligt (${count})`,
    noLead: 'Dieser Fachdienst betreut keine Maßnahme federführend.',
    noParticipating: 'Dieser Fachdienst ist an keiner weiteren Maßnahme beteiligt.',
    back: 'Zurück zur Übersicht der Fachdienste',
  },

  // Product areas
  productAreasPage: {
    title: 'Produktbereiche',
    description: (site: string): string =>
      `Die Produktbereiche des Haushalts mit den Zielen und Maßnahmen des ${site}.`,
    intro:
      'Die Ziele und Maßnahmen des ISEK sind den Produktbereichen des kommunalen Haushalts zugeordnet.',
  },
  productArea: {
    caption: (id: number): string => `Produktbereich ${id}`,
    description: (id: number, name: string, site: string): string =>
      `Produktbereich ${id} ${name}: Ziele und Maßnahmen des ${site} und ihr Umsetzungsstand.`,
    goals: (count: string): string => `Ziele (${count})`,
    noGoals: 'Diesem Produktbereich sind keine Ziele zugeordnet.',
    measures: (count: string): string => `Maßnahmen (${count})`,
    noMeasures: 'Diesem Produktbereich sind keine Maßnahmen zugeordnet.',
    tableCaption: (area: string, count: string): string => `Maßnahmen im Produktbereich ${area} (${count})`,
    back: 'Zurück zur Übersicht der Produktbereiche',
  },

  // 404
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert, oder die Maßnahme wurde umbenannt.',
    home: 'Zur Startseite',
    measures: 'Zur Liste aller Maßnahmen',
    search: 'Zur Suche',
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Änderungen, Daten, Bericht, SDG: the council cycle's pages (`/aenderungen/` and its feed,
// `/daten/` and the open-data files, `/bericht/`, `/sdg/`) and the build's publication record.
// Functions take the variable parts already formatted.
// ---------------------------------------------------------------------------------------------

/** Messages of `npm run build` about the publication record in `veroeffentlichungen/`. */
export const PUBLICATION_TEXT = {
  snapshotIgnored: (file: string, reason: 'unreadable' | 'invalid'): string =>
    `  Hinweis: Die Veröffentlichung „${file}“ im Ordner „veroeffentlichungen“ ist ${reason === 'unreadable' ? 'nicht lesbar' : 'kein gültiger Stand dieser Version'} und wird beim Vergleich übersprungen.`,
  compared: (previous: string, changed: number): string =>
    `  ✔ Änderungen seit dem Stand ${previous}: ${new Intl.NumberFormat('de-DE').format(changed)} ${changed === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
  first: '  ✔ Erste Veröffentlichung: noch kein früherer Stand zum Vergleich',
  recorded: (file: string): string => `  ✔ Veröffentlichung festgehalten in „${file}“`,
  notRecorded: (file: string, reason: string): string =>
    `  ⚠ Die Website ist veröffentlicht, aber ihr Stand konnte nicht in „${file}“ festgehalten werden (${reason}). ` +
    `Der nächste Build vergleicht daher noch mit der vorigen Veröffentlichung.`,
  oldSiteLeft: (dir: string): string =>
    `  ⚠ Die neue Website ist veröffentlicht; die alte konnte nicht gelöscht werden (eine Datei darin ist wohl geöffnet) ` +
    `und liegt noch in „${dir}“. Der Ordner kann von Hand gelöscht werden.`,
} as const;

/** Navigation and footer labels of these pages. */
export const CYCLE_NAV_TEXT = {
  changes: 'Änderungen',
  report: 'Bericht',
  sdg: 'SDG',
  openData: 'Offene Daten',
} as const;

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
  },
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

/** Texts of `/daten/` and the headers of the open-data files. */
export const OPEN_DATA_TEXT = {
  title: 'Offene Daten',
  description: (site: string): string =>
    `Die Maßnahmen, Ziele und Fachdienste des ${site} als offene Daten: CSV, JSON mit JSON-Schema und DCAT-AP.de-Metadaten.`,
  intro: (city: string): string =>
    `Alle veröffentlichten Maßnahmen, Ziele und Fachdienste des ISEK der Stadt ${city} stehen hier als Dateien zum Herunterladen bereit. Sie werden bei jeder Veröffentlichung neu erzeugt und enthalten genau das, was diese Website zeigt.`,
  standLine: (stand: string): string => `Stand der Daten: ${stand}.`,
  filesHeading: 'Dateien',
  filesCaption: 'Die Dateien zum Herunterladen',
  fileColumn: 'Datei',
  contentColumn: 'Inhalt',
  formatColumn: 'Format',
  rowsColumn: 'Zeilen',
  files: {
    measuresCsv: 'Alle Maßnahmen, eine Zeile je Maßnahme',
    goalsCsv: 'Alle Ziele des Zielsystems, eine Zeile je Ziel',
    departmentsCsv: 'Alle Fachdienste, eine Zeile je Fachdienst',
    measuresJson: 'Alle Maßnahmen unter dem Schlüssel „massnahmen“, mit Stand und Lizenz',
    measuresSchema: 'JSON-Schema der Datei massnahmen.json',
    dcat: 'Metadaten der Datensätze nach DCAT-AP.de (JSON-LD)',
  },
  formatsHeading: 'Format',
  formats: [
    'CSV nach RFC 4180: Komma als Trennzeichen, eine Kopfzeile, Zeilenende CRLF; Werte mit Komma, Anführungszeichen oder Zeilenumbruch stehen in doppelten Anführungszeichen.',
    'Zeichensatz UTF-8 mit Byte-Order-Mark (BOM): Ohne sie liest Excel unter Windows Umlaute falsch. Andere Programme überspringen die BOM.',
    'Datumsangaben nach ISO 8601, so genau wie in der Quelle: 2026-11-12 (Tag), 2026-11 (Monat) oder 2026 (Jahr).',
    'Zahlen ohne Tausendertrennzeichen mit Punkt als Dezimalzeichen (1250000.5), Beträge in Euro, Fortschritt in Prozent. Eine leere Zelle heißt: keine Angabe (nicht 0).',
    'Listen (z. B. mehrere Ziele) stehen in einer Zelle, getrennt durch Semikolon und Leerzeichen.',
    'Schutz vor Formeln: Beginnt ein Text mit =, +, -, @, Tabulator oder Wagenrücklauf, steht ein Apostroph (\') davor, damit eine Tabellenkalkulation ihn nicht als Formel ausführt. Zahlen sind davon nicht betroffen; negative Zahlen kommen in diesen Daten nicht vor.',
  ],
  excelHint:
    'In Excel öffnen Sie die CSV-Dateien am sichersten über „Daten“ → „Aus Text/CSV“ mit dem Trennzeichen Komma.',
  columnsHeading: (file: string): string => `Spalten von ${file}`,
  columnsCaption: (file: string): string => `Die Spalten der Datei ${file}`,
  columnName: 'Spalte',
  columnMeaning: 'Bedeutung',
  columnType: 'Typ',
  types: {
    text: 'Text',
    number: 'Zahl',
    integer: 'ganze Zahl',
    date: 'Datum (ISO)',
    list: 'Liste',
    boolean: 'ja/nein',
    url: 'Adresse (URL)',
  },
  /** What each column of the open-data files means (the column names are fixed in `lib/open-data/columns.ts`). */
  columns: {
    measures: {
      nr: 'Nummer der Maßnahme (eindeutig)',
      titel: 'Titel der Maßnahme',
      kurzbeschreibung: 'Kurzbeschreibung als Text ohne Formatierung',
      art: 'Art: Schlüsselmaßnahme, Beschluss der Selbstverwaltung oder Maßnahme der Verwaltung',
      status: 'Umsetzungsstand: geplant, in Vorbereitung, in Umsetzung, Daueraufgabe, abgeschlossen, zurückgestellt oder entfallen',
      fortschritt_prozent: 'Fortschritt in Prozent (0 bis 100); leer, wenn nicht angegeben',
      beginn: 'Beginn',
      ende: 'geplantes Ende',
      kosten_eur: 'Gesamtkosten in Euro',
      foerdermittel_eur: 'Fördermittel in Euro',
      fachdienst_federfuehrend: 'Nummer des federführenden Fachdienstes (siehe fachdienste.csv)',
      fachdienste_beteiligt: 'Nummern der beteiligten Fachdienste',
      produktbereich: 'Produktbereich 1 bis 6 (angegeben oder aus den Zielen übernommen)',
      produkt: 'Produktnummer im Haushalt',
      ziele: 'Nummern der Ziele, zu denen die Maßnahme beiträgt (siehe ziele.csv)',
      sdgs: 'Nachhaltigkeitsziele (SDG) 1 bis 17',
      stadtteile: 'Stadtteile',
      beschlussgremium: 'Gremium, das die Maßnahme beschlossen hat',
      beschlussdatum: 'Datum des Beschlusses',
      vorlage: 'Nummer der Vorlage (Drucksache)',
      ratsinfo_link: 'Link ins Ratsinformationssystem',
      statusbericht_datum: 'Datum des aktuellen Statusberichts',
      statusbericht: 'Aktueller Statusbericht als Text ohne Formatierung',
      zuletzt_geaendert: 'Stand der Veröffentlichung, mit der sich die Maßnahme zuletzt geändert hat',
      seite: 'Adresse der Seite der Maßnahme auf dieser Website',
    },
    goals: {
      nr: 'Nummer des Ziels (eindeutig)',
      titel: 'Titel des Ziels',
      beschreibung: 'Beschreibung als Text ohne Formatierung',
      oberziel: 'Nummer des übergeordneten Ziels; leer bei Oberzielen',
      ebene: 'Ebene im Zielsystem: 0 für Oberziele, 1 für deren Unterziele usw.',
      produktbereich: 'Produktbereich 1 bis 6',
      produktgruppe: 'Produktgruppe im Haushalt',
      sdgs: 'Nachhaltigkeitsziele (SDG) 1 bis 17',
      quellen: 'Herkunft des Ziels, z. B. ISEK 2020',
      im_fokus: 'Ob das Ziel derzeit im Fokus steht (ja/nein)',
      massnahmen_direkt: 'Anzahl der Maßnahmen, die dieses Ziel direkt nennen',
      massnahmen_gesamt: 'Anzahl der Maßnahmen dieses Ziels und aller Unterziele',
      seite: 'Adresse der Seite des Ziels auf dieser Website',
    },
    departments: {
      nr: 'Nummer des Fachdienstes (eindeutig)',
      bezeichnung: 'Name des Fachdienstes',
      fachbereich: 'Fachbereich oder Dezernat',
      email: 'E-Mail-Adresse',
      telefon: 'Telefonnummer',
      webseite: 'Webseite des Fachdienstes',
      massnahmen_federfuehrend: 'Anzahl der Maßnahmen, die der Fachdienst federführend umsetzt',
      massnahmen_beteiligt: 'Anzahl der Maßnahmen, an denen er beteiligt ist',
      seite: 'Adresse der Seite des Fachdienstes auf dieser Website',
    },
  },
  jsonKeys: {
    stand: 'Stand der Daten (ISO-Datum)',
    sitzung: 'Sitzung, zu der die Daten veröffentlicht wurden',
    lizenz: 'Lizenz der Daten: Name und Adresse',
    quelle: 'Quellenangabe für die Weiterverwendung',
    anzahl: 'Anzahl der Maßnahmen',
    massnahmen: 'Alle veröffentlichten Maßnahmen, nach Nummer sortiert',
  },
  yes: 'ja',
  no: 'nein',
  licenceHeading: 'Lizenz',
  licence: (name: string): string => `Die Daten stehen unter der Lizenz „${name}“.`,
  attribution: (organisation: string, site: string): string => `Quelle: ${organisation}, ${site}`,
  attributionHint: 'Bitte nennen Sie bei einer Weiterverwendung die Quelle so:',
  metadataHeading: 'Metadaten',
  metadata:
    'Die Beschreibung der Datensätze nach DCAT-AP.de, dem deutschen Standard für Metadaten offener Verwaltungsdaten, steht in der Datei dcat.jsonld (JSON-LD). Datenportale wie GovData können sie übernehmen.',

  // Dataset metadata (DCAT-AP.de)
  catalogTitle: (site: string): string => `Offene Daten – ${site}`,
  catalogDescription: (city: string): string =>
    `Ziele, Maßnahmen und Fachdienste des Integrierten Stadtentwicklungskonzepts (ISEK) der Stadt ${city}.`,
  datasets: {
    measures: {
      title: (city: string): string => `ISEK ${city}: Maßnahmen und Umsetzungsstand`,
      description: 'Alle Maßnahmen des Integrierten Stadtentwicklungskonzepts mit Status, Fortschritt, Kosten, Fördermitteln, Zuständigkeit, Zielen, Nachhaltigkeitszielen und aktuellem Statusbericht.',
    },
    goals: {
      title: (city: string): string => `ISEK ${city}: Zielsystem`,
      description: 'Alle Ziele des Integrierten Stadtentwicklungskonzepts mit Oberziel, Produktbereich, Nachhaltigkeitszielen und Anzahl der Maßnahmen.',
    },
    departments: {
      title: (city: string): string => `ISEK ${city}: Fachdienste`,
      description: 'Die Fachdienste der Verwaltung, die Maßnahmen des ISEK federführend umsetzen oder an ihnen beteiligt sind.',
    },
  },
  keywords: ['Stadtentwicklung', 'ISEK', 'Maßnahmen', 'Nachhaltigkeit', 'SDG'],
  distributionCsv: (file: string): string => `${file} (CSV)`,
  distributionJson: (file: string): string => `${file} (JSON)`,
} as const;

/** Texts of the Stadtentwicklungsbericht: `/bericht/` (cover) and its parts below it. */
export const REPORT_PAGE_TEXT = {
  title: 'Stadtentwicklungsbericht',
  description: (site: string): string =>
    `Der Stadtentwicklungsbericht des ${site}: Umsetzungsstand, Fortschritt, Kosten und Fördermittel nach Produktbereich, Ziel und Fachdienst.`,
  intro: (city: string): string =>
    `Der Bericht fasst den Umsetzungsstand der Maßnahmen des ISEK der Stadt ${city} zusammen: nach Produktbereich, nach Oberziel und nach federführendem Fachdienst, dazu die Maßnahmen mit veraltetem Statusbericht. Jeder Teil hat eine eigene Seite.`,
  stand: (stand: string): string => `Stand: ${stand}`,
  session: (session: string): string => `Sitzung: ${session}`,
  printHint: 'Zum Drucken oder Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers; gedruckt wird der angezeigte Teil.',
  /** Names of the report's parts (`lib/development-report/pages.ts`), in reading order. */
  parts: {
    uebersicht: 'Übersicht',
    produktbereiche: 'Nach Produktbereich',
    ziele: 'Nach Oberziel',
    fachdienste: 'Nach federführendem Fachdienst',
    'veraltete-berichte': 'Veraltete Statusberichte',
  },
  partDescription: (part: string, site: string): string => `Stadtentwicklungsbericht des ${site}: ${part}.`,
  navLabel: 'Teile des Berichts',
  pagerLabel: 'Vorheriger und nächster Teil des Berichts',
  previous: (title: string): string => `Zurück: ${title}`,
  next: (title: string): string => `Weiter: ${title}`,
  contents: 'Inhalt',
  /** What each part holds, on the cover's contents list. */
  contentsEntry: {
    produktbereiche: (count: string): string => `Zahlen für jeden der ${count} Produktbereiche`,
    ziele: (count: string): string => `Zahlen für jedes der ${count} Oberziele, mit den Maßnahmen seiner Unterziele`,
    fachdienste: (count: string): string => `Zahlen für jeden der ${count} Fachdienste, nach den Maßnahmen, die er federführend verantwortet`,
    staleNone: 'keine Maßnahme',
    stale: (count: string, pages: number): string =>
      pages > 1 ? `Liste von ${count} Maßnahmen auf ${pages} Seiten` : `Liste von ${count} ${count === '1' ? 'Maßnahme' : 'Maßnahmen'}`,
  },
  overview: 'Gesamtübersicht',
  productAreaHeading: (id: number, name: string): string => `Produktbereich ${id}: ${name}`,
  goalHeading: (nr: string, title: string): string => `Ziel ${nr}: ${title}`,
  departmentHeading: (nr: string, name: string): string => `Fachdienst ${nr}: ${name}`,
  noMeasures: 'Keine Maßnahmen.',
  chartTitle: (name: string, parts: readonly string[]): string =>
    `Maßnahmen nach Umsetzungsstand, ${name}: ${parts.length > 0 ? parts.join(', ') : 'keine'}`,
  chartPart: (label: string, count: string): string => `${label} ${count}`,
  chartHint: 'Die Grafiken zeigen die Anteile der Status; die Tabellen enthalten dieselben Zahlen.',
  areaChartTitle: 'Maßnahmen nach Produktbereich und Umsetzungsstand',
  areaChartCaption: 'Maßnahmen nach Produktbereich und Umsetzungsstand (dieselben Zahlen wie in der Grafik)',
  areaColumn: 'Produktbereich',
  totalColumn: 'Gesamt',
  /** Caption of a group's one table: counts by status, progress, money, stale reports. */
  figuresCaption: (name: string): string => `Zahlen: ${name}`,
  /** Row labels of the group table carry soft hyphens (U+00AD): they must wrap at 320 px. */
  progress: 'Durch\u00ADschnittlicher Fortschritt',
  progressValue: (percent: string, counted: string, n: number): string =>
    `${percent} (über ${counted} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'})`,
  progressNone: 'keine Angabe',
  costs: 'Kosten',
  funding: 'Fördermittel',
  moneyValue: (amount: string, withValue: string, of: string): string => `${amount} (${withValue} von ${of} mit Angabe)`,
  moneyNone: 'keine Angaben',
  /** A number of months, for the texts below that take `months`: `1 Monat`, `12 Monate`. */
  monthCount: (text: string, n: number): string => `${text} ${n === 1 ? 'Monat' : 'Monate'}`,
  /** How a group's figures are read, once per page instead of once per group. */
  figuresExplanation: (months: string): string =>
    `Durchschnittlicher Fortschritt: über die Maßnahmen mit Fortschrittsangabe; abgeschlossene zählen ohne Angabe als 100 %, laufende ohne Angabe bleiben unberücksichtigt statt als 0 % zu zählen, zurückgestellte und entfallene bleiben außen vor. Kosten und Fördermittel: die Summe über die Maßnahmen mit Angabe; in Klammern, wie viele das sind. Statusberichte älter als ${months}: wie viele laufende Maßnahmen einen so alten neuesten Bericht haben.`,
  staleRow: (months: string): string => `Status\u00ADberichte älter als ${months}`,
  staleLink: 'Liste der Maßnahmen mit veraltetem Statusbericht',
  /** `range`: the number of rows, or on one of several pages the rows shown (`51 bis 100 von 133`). */
  staleCaption: (months: string, range: string): string => `Statusberichte älter als ${months} (${range})`,
  staleNone: (months: string): string => `Kein Statusbericht ist älter als ${months}.`,
  staleExplanation: (months: string): string =>
    `Gezählt werden laufende Maßnahmen, deren neuester Statusbericht am Stichtag älter als ${months} ist; abgeschlossene und entfallene Maßnahmen nicht. Die ältesten Berichte stehen oben.`,
  staleMeasure: 'Maßnahme',
  staleDepartment: 'Federführung',
  staleDate: 'Bericht vom',
  staleAge: 'Alter in Monaten',
} as const;

/** Texts of `npm run bericht:pdf`. */
export const REPORT_PDF_TEXT = {
  usage: 'Aufruf: npm run bericht:pdf -- [--ausgabe <Ordner>] [--datei <PDF-Datei>] [--base </pfad/>]',
  noReport: (dir: string): string =>
    `In „${dir}“ liegt kein Stadtentwicklungsbericht (bericht/index.html). Bitte zuerst „npm run build“ ausführen.`,
  noChromium:
    'Kein Chromium gefunden. Bitte Chromium installieren (z. B. apt-get install chromium) oder den Pfad in CHROME_PATH angeben.',
  notLoaded: (status: number): string => `Der Bericht ließ sich nicht laden (HTTP-Status ${status}).`,
  partNotLoaded: (url: string, status: number): string => `Ein Teil des Berichts ließ sich nicht laden: ${url} (HTTP-Status ${status}).`,
  partMissing: (url: string): string => `Auf ${url} fehlt der Inhalt eines Berichtsteils.`,
  /** One line per page of the site joined into the document. */
  joined: (title: string): string => `  ✔ ${title}`,
  /** The footer of each printed sheet; Chromium fills in the two numbers. */
  footer: (pageNumber: string, totalPages: string): string => `Seite ${pageNumber} von ${totalPages}`,
  written: (file: string, pages: number): string =>
    `Stadtentwicklungsbericht (${pages} ${pages === 1 ? 'Seite' : 'Seiten'} der Website in einem Dokument) als PDF geschrieben: ${file}`,
} as const;

/** Texts of `/sdg/` and `/sdg/<n>/`. */
export const SDG_PAGE_TEXT = {
  title: 'Nachhaltigkeitsziele (SDG)',
  description: (site: string): string =>
    `Die 17 Nachhaltigkeitsziele der Vereinten Nationen (SDG) und die Ziele und Maßnahmen des ${site}, die zu ihnen beitragen.`,
  intro:
    'Die Vereinten Nationen haben 17 Ziele für nachhaltige Entwicklung beschlossen (Sustainable Development Goals, SDG). Die Ziele und Maßnahmen des ISEK sind ihnen zugeordnet; Maßnahmen ohne eigene Angabe übernehmen die SDG ihrer Ziele.',
  listLabel: 'Die 17 Nachhaltigkeitsziele',
  counts: (goals: string, measures: string): string => `${goals}, ${measures}`,
  pageTitle: (n: number, title: string): string => `SDG ${n}: ${title}`,
  pageDescription: (n: number, title: string, site: string): string =>
    `Nachhaltigkeitsziel ${n} „${title}“: die Ziele und Maßnahmen des ${site}, die dazu beitragen.`,
  caption: (n: number): string => `Nachhaltigkeitsziel ${n}`,
  goalsHeading: (count: string): string => `Ziele des ISEK (${count})`,
  noGoals: 'Kein Ziel des ISEK ist diesem Nachhaltigkeitsziel zugeordnet.',
  measuresHeading: (count: string): string => `Maßnahmen (${count})`,
  noMeasures: 'Keine Maßnahme ist diesem Nachhaltigkeitsziel zugeordnet.',
  measuresCaption: (n: number, count: string): string => `Maßnahmen zum Nachhaltigkeitsziel ${n} (${count})`,
  previous: (n: number): string => `Vorheriges: SDG ${n}`,
  next: (n: number): string => `Nächstes: SDG ${n}`,
  pagerLabel: 'Weitere Nachhaltigkeitsziele',
  back: 'Zurück zur Übersicht der Nachhaltigkeitsziele',
} as const;

// ---------------------------------------------------------------------------------------------
// Authoring: sample data and the template (`npm run sample`, `npm run template`)
// ---------------------------------------------------------------------------------------------

/** Texts of `npm run sample` and `npm run template`. */
export const AUTHORING_TEXT = {
  sampleWritten: (meeting: number, measures: number, dir: string): string =>
    `Beispieldaten (Sitzung ${meeting}, ${new Intl.NumberFormat('de-DE').format(measures)} Maßnahmen) geschrieben nach „${dir}“:`,
  fileWritten: (path: string): string => `  ✔ ${path}`,
  invalidOption: (option: string, value: string, expected: string): string =>
    `Ungültige Angabe für --${option}: „${value}“. Erwartet: ${expected}.`,
  expectedPositiveInteger: 'eine ganze Zahl größer als 0',
  expectedMeeting: '1 oder 2',
  sampleUsage:
    'Aufruf: npm run sample -- [--out <Ordner>] [--measures <Anzahl>] [--meeting 1|2] [--seed <Zahl>]',
  templateUsage: 'Aufruf: npm run template -- [--out <Ordner>] [--daten <Datenordner>]',
} as const;

/** Texts inside the template workbook (`npm run template`) and of its script. */
export const TEMPLATE_TEXT = {
  fileName: 'ISEK-Vorlage.xlsx',
  written: (path: string): string => `Vorlage geschrieben: ${path}`,
  departmentsFromData: (count: number, dataDir: string): string =>
    `Die Auswahlliste „Fachdienst“ enthält die ${count} Fachdienste aus „${dataDir}“.`,
  departmentsExamples: (dataDir: string): string =>
    `In „${dataDir}“ wurden keine Fachdienste gefunden; die Vorlage enthält zwei Beispiel-Fachdienste.`,
  guideSheet: 'Erläuterungen',
  listsSheet: 'Listen',
  guideTitle: 'Erläuterungen zur ISEK-Vorlage',
  guideIntro:
    'Jedes Blatt beginnt mit einer Kopfzeile; darunter folgt eine Zeile je Eintrag. Die Beispielzeilen dürfen überschrieben oder gelöscht werden. Die Reihenfolge der Spalten ist frei, weitere Spalten werden übergangen. Pflichtangaben müssen in jeder Zeile ausgefüllt sein.',
  guideSheetHeading: (sheet: string, required: boolean): string =>
    `Blatt „${sheet}“ (${required ? 'Pflichtblatt' : 'optional'})`,
  guideColumns: ['Spalte', 'Pflichtangabe', 'Auch akzeptierte Überschriften', 'Bedeutung'],
  yes: 'ja',
  no: 'nein',
  guideHintsHeading: 'Allgemeine Hinweise',
  guideHints: [
    'Datum: als Excel-Datum oder TT.MM.JJJJ; ist nur der Monat oder das Jahr bekannt, MM/JJJJ oder JJJJ.',
    'Geldbeträge: als Zahl oder wie 1.250.000 €, 1.250.000,50 EUR oder 250 T€.',
    'Prozent: 45, 45 % oder eine als Prozent formatierte Zelle.',
    'Listen (Ziele, Fachdienste, Stadtteile, SDGs): getrennt durch Semikolon, Komma oder Zeilenumbruch.',
    'Ja/Nein: ja/nein, x/leer, 1/0, wahr/falsch.',
    'Texte wie Kurzbeschreibung und Statusbericht dürfen einfaches Markdown enthalten: **fett**, Listen mit „- “, Links als [Text](https://…).',
    'Das ausgeblendete Blatt „Listen“ liefert die Auswahllisten; bitte nicht löschen.',
  ],
  prompts: {
    status: { title: 'Status', prompt: 'Umsetzungsstand aus der Liste wählen.', error: 'Bitte einen Umsetzungsstand aus der Liste wählen.' },
    type: { title: 'Art', prompt: 'Art der Maßnahme aus der Liste wählen (optional).', error: 'Bitte eine Art aus der Liste wählen.' },
    productArea: (areas: string): { title: string; prompt: string; error: string } => ({
      title: 'Produktbereich',
      prompt: areas,
      error: 'Bitte eine Zahl von 1 bis 6 aus der Liste wählen.',
    }),
    department: {
      title: 'Fachdienst',
      prompt: 'Fachdienst aus der Liste wählen. Auch die Nummer allein (z. B. 61) ist möglich.',
      error: 'Dieser Fachdienst steht nicht in der Liste. Trotzdem übernehmen?',
    },
    focus: { title: 'Im Fokus', prompt: 'ja: das Ziel steht auf der Startseite.', error: 'Bitte ja oder nein wählen.' },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Geschäftsstelle: what the ISEK office reads around its round trip: the HTML check report,
// the preview server, the editable pages and their defaults.
// ---------------------------------------------------------------------------------------------

/** Words of the HTML check report (`npm run check -- --html bericht.html`, `pruefbericht.html`). */
export const HTML_REPORT_TEXT = {
  title: 'Prüfbericht der ISEK-Arbeitsmappen',
  documentTitle: (ok: boolean, errors: number): string =>
    ok ? 'Prüfbericht ISEK – keine Fehler' : `Prüfbericht ISEK – ${plural(errors, 'Fehler', 'Fehler')}`,
  meta: (dataDir: string, checkedAt: string): string => `Datenordner „${dataDir}“, geprüft am ${checkedAt}.`,
  verdictOk: 'Keine Fehler: Die Daten können veröffentlicht werden.',
  verdictErrors: 'Die Arbeitsmappen enthalten Fehler. Veröffentlicht wird erst, wenn keine Fehler mehr gemeldet werden.',
  counts: (c: { errors: number; warnings: number; notices: number }): string =>
    `${plural(c.errors, 'Fehler', 'Fehler')}, ${plural(c.warnings, 'Warnung', 'Warnungen')}, ${plural(c.notices, 'Hinweis', 'Hinweise')}.`,
  howToRead:
    'Die Fehler stehen zuerst, geordnet nach Datei und Blatt. Zeilennummern sind die, die Excel links anzeigt; ' +
    'Spalten sind mit ihrer Überschrift genannt. Was ein Code bedeutet und wie man das Problem in Excel behebt, ' +
    'steht in der Anleitung (docs/anleitung.md) im Abschnitt „Meldungen und was zu tun ist“.',
  contentsLabel: 'Inhalt des Berichts',
  heading: { error: 'Fehler', warning: 'Warnungen', notice: 'Hinweise' } as const,
  headingCount: (label: string, n: number): string => `${label} (${new Intl.NumberFormat('de-DE').format(n)})`,
  severityIntro: {
    error: 'Fehler verhindern die Veröffentlichung. Bitte jeden Fehler in der genannten Datei beheben.',
    warning: 'Warnungen verhindern nichts, weisen aber auf wahrscheinlich Unbeabsichtigtes hin.',
    notice: 'Hinweise dienen nur der Information, z. B. übersprungene leere Zeilen oder unbekannte Spalten.',
  } as const,
  none: { error: 'Keine Fehler.', warning: 'Keine Warnungen.', notice: 'Keine Hinweise.' } as const,
  wholeFile: 'Die ganze Datei',
  sheet: (name: string): string => `Blatt „${name}“`,
  tableCaption: (severity: string, file: string, sheet: string | null): string =>
    sheet === null ? `${severity} in „${file}“` : `${severity} in „${file}“, Blatt „${sheet}“`,
  columns: { row: 'Zeile', column: 'Spalte', setting: 'Einstellung', problem: 'Problem', code: 'Code' } as const,
  notApplicable: '–',
  rowCountsHeading: 'Zeilenbilanz',
  rowCountsIntro:
    'Jede gelesene Zeile wird entweder übernommen, als leer übersprungen oder abgelehnt: Nichts geht stillschweigend verloren.',
  rowCountsColumns: {
    kind: 'Blatt',
    read: 'gelesen',
    published: 'übernommen',
    skippedEmpty: 'leer übersprungen',
    refused: 'abgelehnt',
  } as const,
  rowCountsCaption: 'Zeilen je Blattart',
  contentHeading: 'Inhalt',
} as const;

/** Texts of the office's command-line tools (options, written files, the preview server). */
export const OFFICE_CLI_TEXT = {
  unknownOption: (option: string): string => `Unbekannte Option „${option}“.`,
  invalidOptionValue: (option: string): string => `Bei „${option}“ fehlt der Wert.`,
  unexpectedArgument: (arg: string): string => `Unerwartete Angabe „${arg}“. Optionen beginnen mit --.`,
  checkUsage:
    'Aufruf: npm run check -- [--alle] [--json] [--html <Datei>] [--daten <Ordner>]',
  buildUsage:
    'Aufruf: npm run build -- [--daten <Ordner>] [--base </pfad/>] [--ausgabe <Ordner>] [--html <Datei>] [--alle]',
  reportWritten: (file: string): string => `Prüfbericht zum Öffnen im Browser: ${file}`,
} as const;

/** Explanations of a syntax error in `einstellungen.json` (see `settings/json-error.ts`). */
export const SETTINGS_SYNTAX_TEXT = {
  message: (line: number | null, column: number | null, cause: string): string =>
    `Die Einstellungsdatei ist kein gültiges JSON` +
    (line === null ? '. ' : ` (Zeile ${line}, Spalte ${column}). `) +
    `${cause} Bis der Fehler behoben ist, wird nichts veröffentlicht.`,
  typographicQuotes:
    'Hier stehen typografische Anführungszeichen („ “ ” ‚ ‘ ’). JSON braucht gerade Anführungszeichen ("), wie sie ein einfacher Texteditor schreibt; Textverarbeitungen ersetzen sie gern automatisch.',
  singleQuotes: 'Namen und Texte müssen in doppelten Anführungszeichen stehen ("…"), nicht in einfachen (\'…\').',
  comment: 'JSON erlaubt keine Kommentare (// oder /* */). Bitte den Kommentar löschen.',
  trailingComma: 'Nach dem letzten Eintrag vor } oder ] darf kein Komma stehen. Bitte dieses Komma löschen.',
  missingComma: 'Vermutlich fehlt davor ein Komma: Zwischen zwei Einträgen muss ein Komma stehen, meist am Ende der vorherigen Zeile.',
  backslash:
    'Ein umgekehrter Schrägstrich (\\) muss in JSON doppelt geschrieben werden (\\\\). Für Dateinamen geht auch der normale Schrägstrich: "bilder/logo.svg".',
  unexpectedEnd: 'Die Datei endet zu früh: Vermutlich fehlt eine schließende Klammer } oder ] oder ein schließendes Anführungszeichen.',
  propertyName: 'An dieser Stelle wird ein Name in doppelten Anführungszeichen erwartet, z. B. "city". Steht davor ein überzähliges Komma?',
  unknown: 'Bitte die Stelle prüfen: Jeder Name und jeder Text steht in doppelten Anführungszeichen, Einträge sind durch Kommas getrennt.',
} as const;

/** Explanations of a setting the schema refuses (see `settings/setting-issues.ts`). */
export const SETTINGS_HELP_TEXT = {
  unknownKey: (path: string, suggestions: readonly string[], known: readonly string[]): string =>
    `Die Einstellung „${path}“ gibt es nicht. ` +
    (suggestions.length > 0 ? `Meinten Sie ${quotedList(suggestions, 'oder')}? ` : '') +
    (known.length > 0 ? `Möglich sind an dieser Stelle: ${known.join(', ')}.` : ''),
  expected: {
    number: 'eine Zahl ohne Anführungszeichen, z. B. 12',
    string: 'ein Text in doppelten Anführungszeichen, z. B. "Neumünster"',
    boolean: 'true oder false (ohne Anführungszeichen)',
    object: 'ein Block in geschweiften Klammern { … }',
    array: 'eine Liste in eckigen Klammern, z. B. ["Kosten gesamt"]',
  } as Readonly<Record<string, string>>,
  expectedType: (path: string, expected: string): string => `Die Einstellung „${path}“ ist ungültig: erwartet wird ${expected}.`,
  unknownColumn: (path: string, sheet: string, suggestions: readonly string[], headers: readonly string[]): string =>
    `„${path}“: Das Blatt „${sheet}“ hat keine solche Spalte. ` +
    (suggestions.length > 0 ? `Meinten Sie ${quotedList(suggestions, 'oder')}? ` : '') +
    `Gemeint ist die Überschrift aus der Vorlage, der weitere Schreibweisen zugeordnet werden: ${headers.join(', ')}.`,
} as const;

/** Texts of `npm run preview` (the local server for the built site). */
export const PREVIEW_TEXT = {
  usage: 'Aufruf: npm run preview -- [--ausgabe <Ordner>] [--base </pfad/>] [--port <Zahl>]',
  noSite: (dir: string): string =>
    `In „${dir}“ liegt noch keine gebaute Website. Bitte zuerst „npm run build“ ausführen.`,
  noBuildInfo: (base: string): string =>
    `Für welchen Basispfad die Website gebaut wurde, ist nicht vermerkt; die Vorschau nimmt „${base}“ (ändern mit --base).`,
  invalidPort: (value: string): string => `Ungültiger Port „${value}“. Erwartet wird eine Zahl von 1 bis 65535.`,
  portBusy: (port: number, next: number): string => `Port ${port} ist belegt, versuche ${next} …`,
  serving: (url: string, dir: string): string =>
    `Vorschau der Website aus „${dir}“:\n\n  ${url}\n\nDiese Adresse im Browser öffnen. Beenden mit Strg+C.`,
  notFoundPage: (base: string): string =>
    `<!doctype html><html lang="de"><meta charset="utf-8"><title>Nicht gefunden</title>` +
    `<p>Diese Seite gibt es in der gebauten Website nicht. <a href="${base}">Zur Startseite</a></p></html>`,
  outsideBasePage: (base: string): string =>
    `<!doctype html><html lang="de"><meta charset="utf-8"><title>Außerhalb der Website</title>` +
    `<p>Die Website wurde für die Adresse <code>${base}</code> gebaut; diese Adresse liegt außerhalb. ` +
    `<a href="${base}">Zur Startseite der Website</a></p></html>`,
  badRequestPage:
    '<!doctype html><html lang="de"><meta charset="utf-8"><title>Ungültige Adresse</title><p>Diese Adresse ist ungültig.</p></html>',
} as const;

/** What the default texts of the editable pages know about the city (from the settings). */
export interface PageTextContext {
  readonly city: string;
  readonly siteTitle: string;
  readonly siteUrl: string | null;
  readonly office: {
    readonly name: string;
    readonly organisation: string;
    readonly street: string;
    readonly postcode: string;
    readonly town: string;
    readonly email: string;
    readonly phone: string;
  };
}

/** The office's address as Markdown lines (each line ends in a break). */
const officeAddress = (c: PageTextContext): string =>
  [c.office.name, c.office.organisation, c.office.street, [c.office.postcode, c.office.town].filter(Boolean).join(' ')]
    .filter((line) => line !== '')
    .join('\n');

const officeContact = (c: PageTextContext): string =>
  [`E-Mail: [${c.office.email}](mailto:${c.office.email})`, c.office.phone ? `Telefon: ${c.office.phone}` : '']
    .filter(Boolean)
    .join('\n');

/** Marks a placeholder in the default texts; the office searches for it. */
export const PLACEHOLDER_MARK = 'bitte ergänzen';

/** Placeholders in default texts: easy to find and plainly visible. */
const todo = (what: string): string => `**[${PLACEHOLDER_MARK}: ${what}]**`;

/** Titles, default texts and check messages of the editable pages in `data/seiten/`. */
export const EDITABLE_PAGE_TEXT = {
  titles: {
    ueber: 'Über das ISEK',
    impressum: 'Impressum',
    datenschutz: 'Datenschutzerklärung',
    barrierefreiheit: 'Erklärung zur Barrierefreiheit',
    'leichte-sprache': 'Das ISEK in Leichter Sprache',
  },
  /** Default Markdown per page, used while `data/seiten/<name>.md` does not exist. */
  defaults: {
    ueber: (c: PageTextContext): string => `# Über das ISEK

Das Integrierte Stadtentwicklungskonzept (ISEK) beschreibt, wie sich ${c.city} in den kommenden Jahren entwickeln soll. Es bündelt die Ziele der Stadtentwicklung – von Wohnen, Bildung und Sozialem über Klimaschutz und Mobilität bis zu den Finanzen – und ordnet ihnen Maßnahmen zu, mit denen die Stadt diese Ziele erreichen will.

## Was diese Website zeigt

- **[Ziele](/ziele/):** das Zielsystem des ISEK, geordnet nach den Produktbereichen des städtischen Haushalts, mit Ober- und Unterzielen.
- **[Maßnahmen](/massnahmen/):** jede Maßnahme mit Umsetzungsstand, Fortschritt, Zuständigkeit, Kosten, Beschluss und dem aktuellen Statusbericht.
- **[Fachdienste](/fachdienste/):** welche Stelle der Verwaltung welche Maßnahmen federführend betreut oder an welchen sie beteiligt ist.
- **[Produktbereiche](/produktbereiche/):** Ziele und Maßnahmen nach den Bereichen des Haushalts.

## Woher die Angaben stammen

Die ${c.office.name} (${c.office.organisation}) pflegt die Ziele und Maßnahmen und veröffentlicht den aktuellen Stand nach den Sitzungen der Selbstverwaltung. Das Datum „Stand“ am Ende jeder Seite nennt, wann die Angaben zuletzt aktualisiert wurden.

## Kontakt

${officeAddress(c)}
${officeContact(c)}
`,
    impressum: (c: PageTextContext): string => `# Impressum

## Herausgeberin

${c.office.organisation}
${[c.office.street, [c.office.postcode, c.office.town].filter(Boolean).join(' ')].filter(Boolean).join('\n')}

Vertreten durch: ${todo('z. B. die Oberbürgermeisterin oder den Oberbürgermeister')}

## Redaktion und Kontakt

${officeAddress(c)}
${officeContact(c)}

Verantwortlich für den Inhalt: ${todo('Name und Anschrift der verantwortlichen Person')}

## Hinweise

Die Angaben auf dieser Website werden sorgfältig gepflegt. Maßgeblich sind die Beschlüsse der Selbstverwaltung; Links zum Ratsinformationssystem führen zu den Beschlussvorlagen.

Diese Website verlinkt auf Angebote anderer Stellen. Für deren Inhalte sind die jeweiligen Anbieter verantwortlich.
`,
    datenschutz: (c: PageTextContext): string => `# Datenschutzerklärung

## Verantwortliche Stelle

${officeAddress(c)}
${officeContact(c)}

Datenschutzbeauftragte oder Datenschutzbeauftragter: ${todo('Name und Kontakt der oder des behördlichen Datenschutzbeauftragten')}

## Was diese Website speichert – und was nicht

Diese Website besteht nur aus fertigen Seiten, die bei jeder Veröffentlichung einmal erzeugt werden (eine statische Website). Sie

- setzt keine Cookies,
- verwendet keine Werkzeuge zur Reichweitenmessung oder zum Nachverfolgen (Tracking),
- lädt nichts von anderen Servern nach: keine Schriften, Karten, Videos oder Skripte anderer Anbieter,
- hat keine Formulare und keine Benutzerkonten.

Die Suche läuft in Ihrem Browser. Ihre Suchbegriffe werden nicht an den Server gesendet; der Browser lädt nur die dafür nötigen Teile des Suchverzeichnisses von diesem Server.

## Protokolldateien des Webservers

Wenn Sie eine Seite aufrufen, überträgt Ihr Browser technisch notwendige Angaben an den Webserver, etwa die IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse und die Kennung des Browsers. Ob und wie lange diese Angaben in Protokolldateien gespeichert werden, legt der Betreiber des Webservers fest.

${todo('Wer betreibt den Webserver (z. B. die IT der Stadt oder ein Dienstleister)? Welche Angaben werden zu welchem Zweck und auf welcher Rechtsgrundlage protokolliert, und wann werden sie gelöscht?')}

## E-Mail

Wenn Sie uns eine E-Mail schreiben, verwenden wir Ihre Angaben nur, um Ihre Anfrage zu beantworten.

## Links zu anderen Websites

Links, etwa zum Ratsinformationssystem, führen zu Angeboten anderer Stellen. Dort gelten deren Datenschutzerklärungen.

## Ihre Rechte

Sie haben nach der Datenschutz-Grundverordnung (DSGVO) das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21).

Sie können sich außerdem bei der Aufsichtsbehörde beschweren: dem Unabhängigen Landeszentrum für Datenschutz Schleswig-Holstein (ULD), [www.datenschutzzentrum.de](https://www.datenschutzzentrum.de/).
`,
    barrierefreiheit: (c: PageTextContext): string => `# Erklärung zur Barrierefreiheit

Die ${c.office.organisation} ist bemüht, ihre Website barrierefrei zugänglich zu machen. Rechtsgrundlage ist das Landesbehindertengleichstellungsgesetz Schleswig-Holstein (LBGG), das die Richtlinie (EU) 2016/2102 umsetzt. Maßstab sind die Anforderungen der europäischen Norm EN 301 549 und der Web Content Accessibility Guidelines (WCAG) 2.1 auf der Stufe AA, wie sie auch die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) festlegt.

Diese Erklärung gilt für die Website „${c.siteTitle}“${c.siteUrl ? ` (${c.siteUrl})` : ''}.

## Stand der Vereinbarkeit mit den Anforderungen

Beim Bau der Website wurde auf diese Anforderungen geachtet, unter anderem auf die Bedienung mit der Tastatur, eine klare Überschriften-Struktur, ausreichende Kontraste, Textalternativen und Inhalte, die auch ohne JavaScript und bei starker Vergrößerung zugänglich sind.

${todo('Ergebnis und Datum der Prüfung: Ist die Website danach vollständig, teilweise oder nicht mit den Anforderungen vereinbar? Wer hat geprüft (Selbstbewertung oder Prüfstelle)?')}

## Nicht barrierefreie Inhalte

- Die Statusberichte zu den Maßnahmen sind Texte der Verwaltung und nicht in Leichter Sprache geschrieben. Eine Zusammenfassung in Leichter Sprache finden Sie auf der Seite [Das ISEK in Leichter Sprache](/leichte-sprache/).
- Dokumente, auf die diese Website verlinkt (zum Beispiel Beschlussvorlagen im Ratsinformationssystem), gehören nicht zu dieser Website.

## Barrieren melden: Kontakt

Sind Ihnen Barrieren auf dieser Website aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Dann schreiben Sie uns:

${officeAddress(c)}
${officeContact(c)}

## Beschwerdestelle

Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein wenden (§ 12e LBGG). Sie ist bei der oder dem Landesbeauftragten für Menschen mit Behinderung eingerichtet und vermittelt zwischen Ihnen und der öffentlichen Stelle, um eine Lösung zu finden.

Beschwerdestelle für barrierefreie Informationstechnik
bei der oder dem Landesbeauftragten für Menschen mit Behinderung
Karolinenweg 1
24105 Kiel
Website: [www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren](https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/)

${todo('Anschrift und Kontaktwege der Beschwerdestelle vor der Veröffentlichung auf deren Website prüfen')}

## Erstellung dieser Erklärung

Diese Erklärung wurde am ${todo('Datum')} erstellt und zuletzt am ${todo('Datum')} überprüft.
`,
    'leichte-sprache': (c: PageTextContext): string => `# Das ISEK in Leichter Sprache

## Was ist das ISEK?

ISEK ist eine Abkürzung.
Sie steht für: Integriertes Stadt-Entwicklungs-Konzept.
Das ist ein schweres Wort.
Es bedeutet:
Das ist ein Plan für die Zukunft von ${c.city}.

In dem Plan steht:

- Was soll in ${c.city} besser werden?
- Was will die Stadt dafür tun?

## Ziele

Im ISEK stehen Ziele.
Ein Ziel sagt:
Das will die Stadt erreichen.
Zum Beispiel:
Es soll genug Wohnungen geben.

## Maßnahmen

Im ISEK stehen auch Maßnahmen.
Eine Maßnahme ist eine Arbeit von der Stadt.
Mit der Arbeit will die Stadt ein Ziel erreichen.
Zum Beispiel:
Die Stadt baut eine neue Schule.

## Was steht auf dieser Internet-Seite?

Auf dieser Internet-Seite finden Sie alle Ziele.
Und Sie finden alle Maßnahmen.

Bei jeder Maßnahme steht:

- Wie weit ist die Arbeit?
- Was ist zuletzt passiert?
- Wer in der Stadt-Verwaltung kümmert sich darum?

Manche Wörter stehen bei jeder Maßnahme.
Das bedeuten die Wörter:

- **geplant:** Die Arbeit hat noch nicht angefangen.
- **in Umsetzung:** Die Stadt arbeitet gerade daran.
- **abgeschlossen:** Die Arbeit ist fertig.

## Wer schreibt die Infos?

Die Stadt-Verwaltung schreibt die Infos.
Die Politikerinnen und Politiker in ${c.city} sprechen oft über das ISEK.
Danach schreibt die Stadt-Verwaltung die neuen Infos auf diese Internet-Seite.

## Haben Sie Fragen?

Dann schreiben Sie eine E-Mail an:
[${c.office.email}](mailto:${c.office.email})
${c.office.phone ? `Oder rufen Sie an:\n${c.office.phone}\n` : ''}`,
  },
} as const;

/** Check messages about the logo file named by the setting `logo`. */
export const LOGO_MESSAGES = {
  notFound: (file: string): string =>
    `Die Logodatei „${file}“ liegt nicht im Datenordner. Bitte die Datei neben die Arbeitsmappen legen oder den Dateinamen in der Einstellung „logo“ korrigieren (Groß- und Kleinschreibung beachten).`,
  badType: (file: string): string =>
    `„${file}“ ist kein unterstütztes Bildformat für das Logo. Erlaubt sind SVG, PNG und JPG (.svg, .png, .jpg, .jpeg).`,
  outside: (file: string): string =>
    `Die Logodatei muss im Datenordner liegen; „${file}“ verweist auf einen anderen Ort. Bitte nur den Dateinamen angeben, z. B. „logo.svg“.`,
} as const;

/** Check messages about the editable pages (`data/seiten/*.md`). */
export const PAGE_MESSAGES = {
  missing: (file: string, title: string, placeholders: boolean): string =>
    `Die Seite „${title}“ hat noch keine eigene Datei „${file}“. Die Website zeigt dafür einen Standardtext` +
    (placeholders ? `; Stellen, die die Geschäftsstelle ergänzen muss, sind darin mit „bitte ergänzen“ markiert.` : '.'),
  empty: (file: string, title: string): string =>
    `„${file}“ ist leer. Die Seite „${title}“ zeigt deshalb den Standardtext.`,
  unreadable: (file: string, reason: string): string =>
    `„${file}“ konnte nicht gelesen werden (${reason}). Die Seite zeigt den Standardtext.`,
  encoding: (file: string): string =>
    `„${file}“ ist nicht als UTF-8 gespeichert und wurde als Windows-Text (ANSI) gelesen. Bitte prüfen, ob Umlaute richtig angezeigt werden, und die Datei als „UTF-8“ speichern (im Editor: Speichern unter → Codierung).`,
  unknownFile: (file: string, suggestions: readonly string[], known: readonly string[]): string =>
    `„${file}“ gehört zu keiner Seite und wird nicht veröffentlicht. ` +
    (suggestions.length > 0
      ? `Meinten Sie ${quotedList(suggestions, 'oder')}?`
      : `Seiten-Dateien heißen ${quotedList(known, 'und')}.`),
  unsupported: {
    html: (snippet: string): string =>
      `HTML („${snippet}“) wird nicht übernommen, sondern als Text angezeigt. Bitte Markdown verwenden, z. B. **fett** oder eine Liste mit „- “.`,
    image: (snippet: string): string =>
      `Bilder („${snippet}“) werden auf diesen Seiten nicht angezeigt; nur ihre Beschreibung erscheint als Text.`,
    link: (snippet: string): string =>
      `Der Link „${snippet}“ wird nicht übernommen (nur der Text bleibt). Erlaubt sind Adressen mit https://, http://, mailto: und tel: sowie Seiten dieser Website ab dem Schrägstrich, z. B. /massnahmen/.`,
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Suche: the search page `/suche/` and the search index's labels. The client scripts import this
// section and the next (and only these), so both must stay free of imports and side effects.
// ---------------------------------------------------------------------------------------------

/** Formats a count with German digit grouping (`3.000`), for the texts of this section. */
const searchCount = (n: number): string => new Intl.NumberFormat('de-DE').format(n);

/** Messages of the search index stage of `npm run build` (for the web team). */
export const SEARCH_INDEX_TEXT = {
  stepCreate: 'Index anlegen',
  stepRead: 'Seiten lesen',
  stepWrite: 'Index schreiben',
  errors: (step: string, errors: readonly string[]): string =>
    `Suchindex: Pagefind meldet Fehler beim Schritt „${step}“: ${errors.join('; ')}`,
  noIndex: 'Suchindex: Pagefind hat keinen Index angelegt.',
  noPages: 'Suchindex: Keine Seite ist für die Suche markiert (das Attribut data-pagefind-body fehlt überall).',
  done: (pages: number, ms: number): string => `Suchindex: ${searchCount(pages)} Seiten in ${searchCount(ms)} ms`,
} as const;

/** Labels of the filters, by filter key (search page and measure overview). */
const FILTER_LABELS = {
  typ: 'Seitentyp',
  fachdienst: 'Fachdienst (federführend)',
  produktbereich: 'Produktbereich',
  status: 'Status',
  ziel: 'Ziel',
  sdg: 'Nachhaltigkeitsziel (SDG)',
  stadtteil: 'Stadtteil',
  art: 'Art der Maßnahme',
} as const;

/** A filter option with its number of matches: `in Umsetzung (12)`. */
const filterOption = (label: string, count: number): string => `${label} (${searchCount(count)})`;

/** Texts of the search page and the index. */
export const SEARCH_TEXT = {
  /** What kind of page a search result is (also the values of the filter `typ`). */
  pageKinds: {
    measure: 'Maßnahme',
    goal: 'Ziel',
    department: 'Fachdienst',
    productArea: 'Produktbereich',
  },
  /** Labels of the filters, by filter key (search page and overview). */
  filterLabels: FILTER_LABELS,
  /** A filter option with its number of matches: `in Umsetzung (12)`. */
  option: filterOption,

  page: {
    title: 'Suche',
    description: (site: string): string =>
      `Suche in allen Maßnahmen, Zielen, Fachdiensten und Produktbereichen des ${site}, mit Filtern nach Fachdienst, Status, Ziel, SDG und Stadtteil.`,
    noScript:
      'Die Suche braucht JavaScript, das in Ihrem Browser gerade nicht ausgeführt wird. Alle Inhalte erreichen Sie auch ohne Suche:',
    noScriptLinks: {
      measures: 'Liste aller Maßnahmen (mit Nr., Status und Fachdienst)',
      departments: 'Maßnahmen nach Fachdienst',
      productAreas: 'Maßnahmen nach Produktbereich',
      goals: 'Das Zielsystem mit allen Zielen',
    },
    formLabel: 'Suche',
    queryLabel: 'Suchbegriff',
    queryHint: 'Zum Beispiel ein Wort aus dem Titel, eine Maßnahmen-Nr. oder ein Stadtteil.',
    submit: 'Suchen',
    filtersHeading: 'Ergebnisse eingrenzen',
    filtersHint: 'Mehrere Werte in einer Gruppe: jeder davon passt. Mehrere Gruppen: alle müssen passen.',
    selected: (n: number): string => (n === 0 ? '' : `${searchCount(n)} gewählt`),
    sortLabel: 'Sortierung',
    sortOptions: {
      relevanz: 'Relevanz',
      'stand-neu': 'Stand, neueste zuerst',
      'stand-alt': 'Stand, älteste zuerst',
      titel: 'Titel (A–Z)',
    },
    reset: 'Alle Filter zurücksetzen',
    resultsHeading: 'Ergebnisse',
    /** The page title with the query, so history entries and tabs tell searches apart. */
    documentTitle: (query: string, title: string): string => (query ? `„${query}“ – ${title}` : title),
    loading: 'Die Suche wird geladen …',
    prompt: 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.',
    /** Announced and shown after each search. */
    count: (n: number, query: string): string => {
      const hits = n === 0 ? 'Keine Treffer' : n === 1 ? '1 Treffer' : `${searchCount(n)} Treffer`;
      return query ? `${hits} für „${query}“.` : `${hits}.`;
    },
    filtered: (n: number): string =>
      n === 1 ? 'Ein Filter ist aktiv.' : `${searchCount(n)} Filter sind aktiv.`,
    none: 'Versuchen Sie ein anderes Wort, eine kürzere Form des Wortes oder weniger Filter.',
    more: 'Weitere Ergebnisse anzeigen',
    shown: (shown: number, total: number): string =>
      `${searchCount(shown)} von ${searchCount(total)} Treffern angezeigt.`,
    failed:
      'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu, oder nutzen Sie die Liste aller Maßnahmen.',
    resultMeta: {
      status: 'Status',
      fachdienst: 'Fachdienst',
      stand: 'Stand',
    },
  },

} as const;

// ---------------------------------------------------------------------------------------------
// Maßnahmenübersicht: the filter form of `/massnahmen/` (and its pages `/massnahmen/seite/<n>/`).
// The server renders the form without options (`MeasureFilter.astro`, `OVERVIEW_FORM_TEXT`);
// `src/scripts/measure-filter.ts` fills in the options and shows the results (`OVERVIEW_TEXT`).
// A section of its own, so the script bundles only its few texts, not the search page's. Free
// of imports and side effects (see above).
// ---------------------------------------------------------------------------------------------

/** Texts of the measure overview's form as the server renders it. */
export const OVERVIEW_FORM_TEXT = {
  /** Labels of the filters, by filter key. */
  filterLabels: FILTER_LABELS,
  heading: 'Filtern und sortieren',
  /** The first option of every filter (the script adds the count). */
  all: 'alle',
  sortLabel: 'Sortieren nach',
  sortOptions: {
    nr: 'Nr.',
    titel: 'Titel (A–Z)',
    status: 'Status',
    'stand-neu': 'Stand, neueste zuerst',
    'stand-alt': 'Stand, älteste zuerst',
    'kosten-hoch': 'Kosten, höchste zuerst',
    'kosten-niedrig': 'Kosten, niedrigste zuerst',
  },
  reset: 'Filter zurücksetzen',
  none: 'Keine Maßnahme passt zu diesen Filtern. Setzen Sie einen Filter zurück, um wieder Maßnahmen zu sehen.',
  /** The status line while the table shows one page as the server built it. */
  page: (range: string): string => `Maßnahmen ${range} werden angezeigt, nach Nr. sortiert.`,
} as const;

/** Texts the overview's script writes in the browser. */
export const OVERVIEW_TEXT = {
  /** A filter option with its number of matches: `in Umsetzung (12)`. */
  option: filterOption,
  failed:
    'Die Filter konnten nicht geladen werden. Die Liste bleibt seitenweise nutzbar; bitte laden Sie die Seite neu, um es noch einmal zu versuchen.',
  /** `matching` measures pass the filters, of `total`; the first `shown` of them are in the table. */
  count: (shown: number, matching: number, total: number): string => {
    const passing =
      matching === total
        ? `Alle ${searchCount(total)} Maßnahmen`
        : `${searchCount(matching)} von ${searchCount(total)} Maßnahmen`;
    return shown >= matching
      ? `${passing} werden angezeigt.`
      : `${passing} passen, die ersten ${searchCount(shown)} werden angezeigt.`;
  },
  caption: (matching: number, total: number): string =>
    matching === total
      ? `Alle Maßnahmen (${searchCount(total)})`
      : `Gefilterte Maßnahmen (${searchCount(matching)} von ${searchCount(total)})`,
  more: (n: number): string => `Weitere ${searchCount(n)} anzeigen`,
  showAll: (n: number): string => `Alle ${searchCount(n)} anzeigen`,
} as const;

// ---------------------------------------------------------------------------------------------
// Seitenweise Listen: long measure lists on pages of their own (`/massnahmen/seite/2/`,
// `/fachdienste/61/federfuehrend/seite/2/` …), see `src/utils/pagination.ts`.
// ---------------------------------------------------------------------------------------------

/** Texts of paginated measure lists. */
export const PAGINATION_TEXT = {
  /** `aria-label` of a page navigation, with the list it pages through. */
  navLabel: (list: string): string => `Seiten: ${list}`,
  /** Read before a page number (visually hidden): „Seite 3“. */
  page: 'Seite',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: string, count: string): string => `Seite ${page} von ${count}`,
  /** A page's title: `Maßnahmen – Seite 2 von 5`. */
  title: (title: string, pageOf: string): string => `${title} – ${pageOf}`,
  /** The rows of one page in a caption's brackets: `51 bis 100 von 240`. */
  range: (from: string, to: string, total: string): string => `${from} bis ${to} von ${total}`,
  /** Names of the paginated lists (sub-page headings, navigation labels). */
  lists: {
    measures: 'Maßnahmen',
    productArea: (area: string): string => `Maßnahmen im Produktbereich ${area}`,
    sdg: (n: number, title: string): string => `Maßnahmen zum Nachhaltigkeitsziel ${n} „${title}“`,
    goal: (goal: string): string => `Maßnahmen zum Ziel ${goal}`,
    lead: (department: string): string => `Fachdienst ${department}: federführend betreute Maßnahmen`,
    participating: (department: string): string => `Fachdienst ${department}: Maßnahmen mit Beteiligung`,
    /** A section of `/aenderungen/`: `Änderungen: Neue Statusberichte`. */
    changes: (section: string): string => `Änderungen: ${section}`,
  },
  /** Meta description of a sub-page. */
  description: (list: string, pageOf: string, site: string): string => `${list}, ${pageOf}: Liste des ${site}.`,
  /** Back link of a sub-page to the list's first page. */
  back: (page: string): string => `Zurück zu „${page}“`,
} as const;
