/**
 * Messages of the check: cells, files, sheets, columns, rows, keys and references, settings,
 * logo and editable pages. Each names what was found and what is expected.
 */
import type { PartialDate } from '../../schemas/partial-date.ts';
import { didYouMean, namedList, officeDate, quotedList } from './shared.ts';

/** Words for the severities. */
export const SEVERITY_LABELS = {
  error: 'Fehler',
  warning: 'Warnung',
  notice: 'Hinweis',
} as const;

// ---------------------------------------------------------------------------------------------
// Zellwerte: messages of the cell parsers (`src/lib/input/cells/`). Each names what was found and what
// is expected; the caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** Messages of the cell parsers. `found` is the cell's text as the office sees it. */
export const CELL_MESSAGES = {
  /** A formula saved without its result (by a tool that does not calculate); `cell` like `C17`. */
  formulaUncalculated: (cell: string): string =>
    `Formel ohne berechneten Wert in Zelle ${cell}: in Excel oder LibreOffice öffnen und speichern, dann steht der Wert in der Datei.`,
  /** A merged range in the data area whose value was filled into every row; `range` like `N5:N7`. */
  mergedFilled: (range: string, value: string): string =>
    `Die Zellen ${range} sind verbunden. Der Wert „${value}“ gilt deshalb für jede dieser Zeilen. Besser in Excel die Verbindung aufheben und den Wert in jede Zeile schreiben.`,
  /** An Excel error value such as `#REF!` instead of a value. */
  formulaError: (error: string): string =>
    `Die Zelle enthält den Formelfehler „${error}“ statt eines Werts. Bitte die Formel im Tabellenprogramm (Excel oder LibreOffice) korrigieren oder durch den Wert ersetzen.`,
  invalidDate: (found: string): string =>
    `„${found}“ ist kein gültiges Datum. Erwartet wird ein Tag (12.11.2026), ein Monat (11/2026 oder November 2026), ein Quartal (Q3/2026 oder 3. Quartal 2026) oder ein Jahr (2026).`,
  invalidEndDate: (found: string): string =>
    `„${found}“ ist kein gültiges Datum. Erwartet wird ein Tag (12.11.2026), ein Monat (11/2026 oder November 2026), ein Quartal (Q3/2026 oder 3. Quartal 2026), ein Jahr (2026) oder eine Frist wie „bis 2030“.`,
  /** A whole number in a date column that looks like a date cell whose date format was lost. */
  dateFormatLost: (found: string, shownAsDate: string): string =>
    `„${found}“ ist eine Zahl, kein Datum. Als Datum formatiert zeigt die Zelle den ${shownAsDate}. Vermutlich hat sie ihr Datumsformat verloren. Bitte die Zelle als Datum formatieren (Zellen formatieren › Zahlen › Datum) oder das Datum als ${shownAsDate} eintragen.`,
  invalidMoney: (found: string): string =>
    `„${found}“ ist kein gültiger Geldbetrag. Erwartet wird ein Betrag in Euro, z. B. 1.250.000 €, 1.250.000,50 EUR, 250 T€ oder 1,5 Mio. €.`,
  approximateMoney: (found: string): string =>
    `„${found}“ ist ein ungefährer Betrag. Er wird übernommen und auf der Website mit „ca.“ gezeigt, auch in den Summen, die ihn enthalten; die offenen Daten kennzeichnen ihn als ungefähr. Ist der genaue Betrag bekannt, bitte ihn eintragen.`,
  moneyRange: (found: string): string =>
    `„${found}“ ist eine Spanne, kein Betrag. Erwartet wird ein Betrag in Euro, z. B. 1.250.000 € oder 1,5 Mio. €; für eine Schätzung „ca. 600.000 €“.`,
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
  invalidNumber: (found: string): string =>
    `„${found}“ ist keine gültige Zahl. Erwartet wird eine Zahl ohne Einheit, z. B. 12,5, 1.234 oder 45 %.`,
  invalidYear: (found: string): string =>
    `„${found}“ ist kein gültiges Jahr. Erwartet wird ein Jahr JJJJ, z. B. 2024, oder ein Datum, dessen Jahr zählt.`,
  yearOutOfRange: (found: string, min: number, max: number): string =>
    `„${found}“ liegt außerhalb des erlaubten Bereichs. Erwartet wird ein Jahr von ${min} bis ${max}.`,
  /** `allowed` lists the accepted words and signs. */
  invalidDirection: (found: string, suggestion: string | null): string =>
    `„${found}“ ist keine gültige Zielrichtung. Erlaubt sind „steigen“ (auch „höher ist besser“, „steigend“, „↑“, „+“) ` +
    `und „sinken“ (auch „niedriger ist besser“, „fallend“, „↓“, „-“).` +
    (suggestion ? ` Meinten Sie „${suggestion}“?` : ''),
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
  /**
   * A date (or a number with a date format) in a key or reference column. `found` is what Excel
   * shows, `date` the calendar date the cell holds (`01.01.2026`), or `null` if none.
   */
  excelDateInKey: (found: string, date: string | null): string =>
    `In der Zelle steht ein Datum${date !== null && date !== found ? ` (${date})` : ''}, angezeigt als „${found}“, keine Nummer. ` +
    `Das macht Excel aus einer getippten Nummer wie 1.1 oder 2.3.1: Es liest sie als Datum (1. Januar, 2. März 2001). ` +
    `Welche Nummer gemeint war, lässt sich daraus nicht sicher ablesen. ` +
    `Bitte die Spalte als Text formatieren (Zellen formatieren → Zahlen → Text) und die Nummer neu eingeben.`,
  /** A key with an invisible or direction-changing character; `shown` marks it as `⟨U+2060⟩`. */
  invisibleInKey: (shown: string, names: readonly string[]): string =>
    `Die Nummer „${shown}“ enthält ${names.length === 1 ? 'ein unsichtbares Zeichen' : 'unsichtbare Zeichen'} (${names.join(', ')}). ` +
    `So sähen zwei verschiedene Nummern gleich aus. Bitte die Nummer in der Zelle löschen und neu eintippen (nicht hineinkopieren).`,
  /** A key with Cyrillic or Greek letters that look like Latin ones; `letters` as `„а“ (kyrillisch)`. */
  lookalikeInKey: (key: string, letters: readonly string[]): string =>
    (letters.length === 1
      ? `Die Nummer „${key}“ enthält den Buchstaben ${letters[0]}, der wie ein lateinischer aussieht, aber ein anderes Zeichen ist. `
      : `Die Nummer „${key}“ enthält die Buchstaben ${letters.join(', ')}, die wie lateinische aussehen, aber andere Zeichen sind. `) +
    `So sähen zwei verschiedene Nummern gleich aus. ` +
    `Bitte die Nummer neu eintippen (nicht hineinkopieren).`,
  keyTooLong: (start: string, length: number, limit: number): string =>
    `Die Nummer „${start}…“ ist ${length} Zeichen lang; erlaubt sind höchstens ${limit}. ` +
    `Steht hier vielleicht ein Titel oder ein Text statt der Nummer?`,
  /** A number cell too large for Excel to keep every digit. */
  keyNumberImprecise: (found: string): string =>
    `In der Zelle steht die Zahl „${found}“. Excel speichert Zahlen nur auf 15 Stellen genau, die Nummer ist so nicht sicher erhalten. ` +
    `Bitte die Spalte als Text formatieren und die Nummer neu eingeben.`,
  /** A key stored as a decimal number: `5.10` would have become `5.1`. */
  keyDecimalNumber: (found: string, key: string): string =>
    `„${found}“ steht als Dezimalzahl in der Zelle, nicht als Text; gelesen wird die Nummer „${key}“. ` +
    `Als Zahl verliert eine Nummer Nullen am Ende (aus 5.10 wird 5.1). Bitte die Spalte als Text formatieren und die Nummer prüfen.`,
  /** A product number stored as a number: a leading zero may be gone. */
  leadingZeroLost: (found: string): string =>
    `Die Nummer „${found}“ steht als Zahl in der Zelle; führende Nullen gehen dabei verloren (aus 054101 wird 54101). ` +
    `Übernommen wird „${found}“. Lautet die Nummer mit führender Null, bitte die Spalte als Text formatieren und die Nummer neu eingeben.`,
  /** A percent written as a fraction-like text (`0,5`) without a percent format. */
  percentMaybeFraction: (found: string, read: string, asPercent: string): string =>
    `„${found}“ wird als ${read} % gelesen. War ${asPercent} % gemeint? Dann bitte ${asPercent} eintragen. ` +
    `Fortschritt wird als Zahl von 0 bis 100 geschrieben (45 oder 45 %).`,
} as const;

/** Why a file or folder could not be read (from Node's error code), inside {@link FILE_MESSAGES}. */
export const UNREADABLE_REASONS = {
  denied: 'Zugriff verweigert',
  vanished: 'Datei nicht mehr vorhanden',
  folder: 'ein Ordner statt einer Datei',
  unknown: 'unbekannter Fehler',
} as const;

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
    `Der Datenordner „${dir}“ fehlt. Bitte den Ordner anlegen und die Arbeitsmappen hineinlegen (oder mit ISEK_DATA_DIR einen anderen Ordner angeben).`,
  dataDirNotAFolder: (dir: string): string =>
    `„${dir}“ ist eine Datei, kein Ordner. Als Datenordner wird ein Ordner mit den Arbeitsmappen erwartet.`,
  dataDirEmpty: (dir: string): string =>
    `Im Datenordner „${dir}“ liegt keine Arbeitsmappe (.xlsx, .xlsm, .xls oder .ods).`,
  /** The file system refused to read a file (rights, a file removed while reading). */
  notReadable: (name: string, reason: string): string =>
    `„${name}“ konnte nicht gelesen werden (${reason}). Bitte prüfen, ob die Datei noch da ist und gelesen werden darf.`,
  empty: (name: string): string =>
    `„${name}“ ist leer (0 Byte). Bitte die Datei neu aus Excel oder LibreOffice speichern.`,
  unreadable: (name: string): string =>
    `„${name}“ ist keine Arbeitsmappe oder beschädigt. Bitte die Datei neu aus Excel oder LibreOffice speichern.`,
  encrypted: (name: string): string => `„${name}“ ist mit einem Kennwort geschützt. Bitte ohne Kennwort speichern.`,
  /** A file past the size limits (`limit` in megabytes): a zip bomb or a damaged file. */
  tooLarge: (name: string, limit: number): string =>
    `„${name}“ wird nicht gelesen: entpackt wäre die Datei größer als ${limit} MB oder ungewöhnlich stark gepackt. ` +
    `Kein ISEK-Export kommt in diese Nähe; die Datei ist beschädigt oder absichtlich so gebaut. ` +
    `Bitte die Arbeitsmappe neu aus dem Fachverfahren exportieren oder in Excel öffnen und neu speichern.`,
  /** More filled cells than `limit`: mostly a helper column filled down to the sheet's last row. */
  tooManyCells: (name: string, limit: number): string =>
    `„${name}“ wird nicht gelesen: die Arbeitsmappe enthält mehr als ${limit.toLocaleString('de-DE')} gefüllte Zellen. ` +
    `Meist ist eine Hilfsspalte bis zur letzten Zeile (1.048.576) ausgefüllt. Bitte die überflüssigen Zeilen unter der Tabelle löschen und neu speichern.`,
  /** A sheet SheetJS could not parse, while the rest of the workbook was read. */
  sheetUnreadable: (name: string, sheet: string): string =>
    `Das Blatt „${sheet}“ in „${name}“ konnte nicht gelesen werden (beschädigt). Sein Inhalt fehlt, deshalb wird nichts veröffentlicht. ` +
    `Bitte die Arbeitsmappe in Excel oder LibreOffice öffnen, das Blatt prüfen und neu speichern.`,
  /** Control characters removed from cells; `cells` like `C17, D20 und 3 weitere`. */
  controlCharacters: (cells: string): string =>
    `Unsichtbare Steuerzeichen wurden aus Zellen entfernt (${cells}). Sie stammen meist aus kopiertem Text; bitte in Excel prüfen, ob der Text sonst stimmt.`,
  /**
   * An ODS number format with conditions (`value()>0`) that the reader keeps only in part; `details`
   * are the conditions or format parts it named.
   */
  numberFormatPartial: (name: string, details: readonly string[]): string =>
    `In „${name}“ haben Zellen ein Zahlenformat mit Bedingungen${details.length > 0 ? ` (${details.join(', ')})` : ''}, ` +
    'das beim Lesen nur zum Teil übernommen wird. Texte und Zahlen bleiben, wie das Tabellenprogramm sie zeigt; ' +
    'ein Datum in einer solchen Zelle kommt aber als bloße Zahl an und wird dann an seiner Zelle als ungültiges Datum gemeldet. ' +
    'Solchen Zellen bitte das Zellformat „Datum“ geben (LibreOffice: Format › Zellen › Zahlen) und neu speichern.',
  /** A sample workbook of the project next to own workbooks; `samples` and `own` name them all. */
  sampleMixed: (name: string, samples: readonly string[], own: readonly string[]): string =>
    `„${name}“ ist eine der erfundenen Beispiel-Arbeitsmappen des ISEK-Portals, und daneben liegen eigene (${own.map((o) => `„${o}“`).join(', ')}). ` +
    `Ihre Ziele, Maßnahmen und Kennzahlen würden mit den eigenen veröffentlicht. Bitte die Beispieldateien (${samples.map((s) => `„${s}“`).join(', ')}) ` +
    'aus dem Datenordner löschen, vor der ersten eigenen Veröffentlichung auch den Ordner „veroeffentlichungen“ (er hält die Stände der Beispieldaten). ' +
    'Ist es eine eigene Arbeitsmappe, die nur so heißt, bitte umbenennen.',
  /** Any other line the reader printed while reading the file (quoted as it said it, in English). */
  readerNote: (name: string, lines: readonly string[]): string =>
    `Beim Lesen von „${name}“ meldete das Lesemodul (auf Englisch): ${lines.map((l) => `„${l}“`).join('; ')}. ` +
    'Die Datei wurde gelesen. Folgen Meldungen zu dieser Datei, bitte die Arbeitsmappe im Tabellenprogramm öffnen und neu speichern.',
  /** The sheet's name, in the list of places control characters were removed from. */
  sheetName: 'Blattname',
  /** `count` further cells after a list of cell addresses. */
  moreCells: (count: number): string => `und ${count} weitere`,
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
  /** A values sheet with the long form's columns (`Jahr`, `Wert`) and year columns (`2019`) at once. */
  wideAndLong: (longHeaders: readonly string[], years: readonly string[]): string =>
    `Das Blatt hat die Spalten ${namedList(longHeaders)} und zugleich Spalten für einzelne Jahre (${years.join(', ')}). ` +
    `Erwartet wird eine der beiden Formen: eine Zeile je Wert mit „Jahr“ und „Wert“, oder eine Zeile je Kennzahl mit einer Spalte je Jahr. ` +
    `Die Jahresspalten werden nicht gelesen.`,
  /** A column holding values below an empty header cell. */
  unnamedColumn: (letter: string): string => `Spalte ${letter} ohne Überschrift`,
} as const;

/** Messages about rows. */
export const ROW_MESSAGES = {
  /** `rows` is a short description such as `5, 9–12 und 3 weitere`. */
  emptySkipped: (count: number, rows: string): string =>
    count === 1
      ? `Eine leere Zeile wurde übersprungen (Zeile ${rows}).`
      : `${count} leere Zeilen wurden übersprungen (Zeilen ${rows}).`,
  /** The tail of a shortened list of rows. */
  moreRows: (count: number): string => `und ${count} weitere`,
} as const;

// ---------------------------------------------------------------------------------------------
// Modell: messages of `src/lib/model/` (unique keys, references, the goal tree, plausibility).
// The caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** Messages about keys, references and the plausibility of measures and goals. */
export const MODEL_MESSAGES = {
  emptyMeaning: (found: string): string =>
    `„${found}“ bedeutet „keine Angabe“ und wird wie eine leere Zelle behandelt. Ist ein Wert bekannt, bitte ihn eintragen; sonst die Zelle leer lassen.`,
  emptyMeaningRequired: (found: string, header: string): string =>
    `„${found}“ bedeutet „keine Angabe“, aber „${header}“ ist eine Pflichtangabe. Bitte einen Wert eintragen.`,
  valueRequired: (header: string): string => `Die Spalte „${header}“ ist eine Pflichtangabe, die Zelle ist aber leer.`,
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
  /** `61 Tiefbau und Grünflächen` where 61 is another department. */
  departmentMismatch: (text: string, byNumber: string, byName: string): string =>
    `„${text}“ passt nicht zusammen: Die Nummer gehört zum Fachdienst „${byNumber}“, der Name zum Fachdienst „${byName}“. ` +
    `Welcher gemeint ist, lässt sich nicht entscheiden; bitte Nummer oder Namen korrigieren.`,
  /** `61 Stadtplannung`: the number resolves, the name matches no department. */
  departmentNameUnmatched: (text: string, byNumber: string): string =>
    `In „${text}“ passt der Name zu keinem Fachdienst; übernommen wird nach der Nummer der Fachdienst „${byNumber}“. ` +
    `Bitte den Namen wie im Blatt „Fachdienste“ schreiben oder weglassen.`,
  /** A cell for one department (the lead) names several. */
  severalDepartments: (text: string, found: readonly string[]): string =>
    `„${text}“ nennt mehrere Fachdienste (${quotedList(found, 'und')}); in diese Spalte gehört genau einer, der federführende. ` +
    `Bitte nur ihn eintragen, die übrigen unter „Beteiligte Fachdienste“.`,
  /**
   * A list part whose pieces do not all resolve: nothing of it is taken. `unknown` are the
   * pieces that name no department.
   */
  departmentListUnresolved: (text: string, unknown: readonly string[], suggestions: readonly string[]): string =>
    `„${text}“ lässt sich nicht vollständig als Liste von Fachdiensten lesen: ${quotedList(unknown, 'und')} ` +
    `gibt es im Blatt „Fachdienste“ nicht. Die Zelle wird nur ganz oder gar nicht übernommen. ` +
    `Fachdienste werden durch Semikolon, Komma, Zeilenumbruch, „ und “, „ / “ oder „ & “ getrennt.${didYouMean(suggestions)}`,
  /** Two keys that differ but give the same page address. */
  addressClash: (key: string, other: string, address: string, file: string, sheet: string, row: number): string =>
    `Die Nummern „${key}“ und „${other}“ (in „${file}“, Blatt „${sheet}“, Zeile ${row}) ergeben dieselbe Seitenadresse „${address}“. ` +
    `Jede Nummer braucht eine eigene Adresse; bitte eine der beiden ändern.`,
  unknownMeasure: (id: string, suggestions: readonly string[]): string =>
    `Die Maßnahme „${id}“ gibt es im Blatt „Maßnahmen“ nicht.${didYouMean(suggestions)}`,
  unknownIndicator: (id: string, suggestions: readonly string[]): string =>
    `Die Kennzahl „${id}“ gibt es im Blatt „Kennzahlen“ nicht.${didYouMean(suggestions)}`,
  indicatorValueDuplicate: (
    id: string,
    year: number,
    district: string | null,
    first: { file: string; sheet: string; row: number },
  ): string =>
    `Für die Kennzahl „${id}“ gibt es ${district === null ? 'für die ganze Stadt' : `für den Stadtteil „${district}“`} im Jahr ${year} einen zweiten Wert; ` +
    `der erste steht in „${first.file}“, Blatt „${first.sheet}“, Zeile ${first.row}. Je Kennzahl, Jahr und Stadtteil darf es nur einen Wert geben.`,
  indicatorWithoutValues: (id: string, title: string): string =>
    `Zur Kennzahl „${id} ${title}“ gibt es im Blatt „Kennzahlwerte“ keinen Wert. Sie erscheint ohne Werte und ist nicht bewertbar.`,
  indicatorWithoutGoals: (id: string, title: string): string =>
    `Die Kennzahl „${id} ${title}“ nennt kein Ziel. Sie erscheint unter keinem Ziel und keinem Produktbereich.`,
  targetValueMissing: (year: number): string =>
    `Das Zieljahr ${year} ist angegeben, aber kein Zielwert. Ein Ziel braucht beides; bitte den Zielwert ergänzen oder das Zieljahr leeren.`,
  targetYearMissing: (value: number): string =>
    `Der Zielwert ${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 }).format(value)} ist angegeben, aber kein Zieljahr. Ein Ziel braucht beides; bitte das Zieljahr ergänzen oder den Zielwert leeren.`,
  baseYearWithoutValue: (year: number, years: readonly number[]): string =>
    `Für das Basisjahr ${year} gibt es keinen Wert für die ganze Stadt (Werte gibt es für ${years.join(', ')}). ` +
    `Die Kennzahl ist deshalb nicht bewertbar; bitte den Wert ergänzen oder ein Basisjahr mit Wert angeben.`,
  targetYearBeforeBase: (targetYear: number, baseYear: number, given: boolean): string =>
    `Das Zieljahr ${targetYear} liegt nicht nach dem ${given ? 'Basisjahr' : 'ersten Jahr mit einem Wert'} (${baseYear}). ` +
    `Ohne Zeitraum bis zum Zieljahr lässt sich der Fortschritt nicht bewerten.`,
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
  reportStale: (date: PartialDate, months: number, limit: number): string =>
    `Der neueste Statusbericht ist vom ${officeDate(date)} und damit ${months} Monate alt (Grenze: ${limit} Monate). Bitte aktualisieren.`,
  endBeforeStart: (start: PartialDate, end: PartialDate): string =>
    `Das Ende (${officeDate(end)}) liegt vor dem Beginn (${officeDate(start)}).`,
  endBeforeStartImprecise: (start: PartialDate, end: PartialDate): string =>
    `Das Ende (${officeDate(end)}) liegt möglicherweise vor dem Beginn (${officeDate(start)}); wegen der ungenauen Angabe nur eine Warnung.`,
  decisionInFuture: (decision: PartialDate, reference: string, byStand: boolean): string =>
    `Das Beschlussdatum (${officeDate(decision)}) liegt nach ${byStand ? 'dem Stand' : 'dem heutigen Tag'} (${officeDate({ precision: 'day', iso: reference })}). Bitte prüfen: Ist der Beschluss schon gefasst, oder ist das Datum vertippt?`,
  decisionAfterStart: (decision: PartialDate, start: PartialDate): string =>
    `Das Beschlussdatum (${officeDate(decision)}) liegt nach dem Beginn der Maßnahme (${officeDate(start)}). Bitte prüfen, ob eines der beiden Daten vertippt ist.`,
  unknownInfoKey: (key: string): string =>
    `Die Angabe „${key}“ im Blatt „Info“ ist unbekannt und wird nicht verwendet. Bekannt sind „Stand“, „Sitzung“ und „Doppelhaushalt“.`,
  standMissing: (derived: PartialDate | null): string =>
    derived
      ? `Es gibt keinen „Stand“ im Blatt „Info“. Als Stand wird das Datum des neuesten Statusberichts verwendet: ${officeDate(derived)}.`
      : `Es gibt keinen „Stand“ im Blatt „Info“ und keinen datierten Statusbericht; die Seite nennt keinen Stand.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Stadtteile: matching the `Stadtteil` column, the map file `stadtteile.geojson` and the point
// locations of measures (`Lage`, `Breite`/`Länge`).
// ---------------------------------------------------------------------------------------------

/** Messages about Stadtteile, the district map and measure locations. */
export const DISTRICT_MESSAGES = {
  spellingMerged: (written: string, used: string): string =>
    `Der Stadtteil „${written}“ wird als „${used}“ geführt (dieselbe Bezeichnung in anderer Schreibweise). Bitte einheitlich schreiben.`,
  addressCollision: (name: string, other: string): string =>
    `Die Stadtteile „${name}“ und „${other}“ ergeben dieselbe Seitenadresse. Bitte einen der beiden Namen eindeutig schreiben (oder, wenn derselbe Stadtteil gemeint ist, gleich).`,
  noAddress: (name: string): string =>
    `Aus dem Stadtteil „${name}“ lässt sich keine Seitenadresse bilden: Er muss mindestens einen Buchstaben oder eine Ziffer enthalten.`,
  notOnMap: (name: string, file: string): string =>
    `Den Stadtteil „${name}“ gibt es in der Karte „${file}“ nicht; er erscheint ohne Fläche auf der Karte, seine Seite und die Liste gibt es trotzdem.`,
  unknownOnMap: (names: readonly string[]): string =>
    `In der Karte ${names.length === 1 ? 'steht ein Stadtteil' : 'stehen Stadtteile'} ohne Maßnahme: ${names.map((n) => `„${n}“`).join(', ')}. ` +
    `${names.length === 1 ? 'Er wird' : 'Sie werden'} ohne Link gezeigt.`,
  mapUnreadable: (file: string, reason: string): string =>
    `Die Karte „${file}“ ist keine gültige GeoJSON-Datei: ${reason}. Erwartet wird eine FeatureCollection in WGS 84 (Längengrad, Breitengrad) aus Polygonen oder MultiPolygonen mit dem Namen des Stadtteils in der Eigenschaft „name“.`,
  mapNotJson: (detail: string): string => `Der Inhalt ist kein JSON (${detail})`,
  mapProblemAt: (where: string, what: string): string => `${where}: ${what}`,
  mapFeature: (n: number): string => `Objekt ${n}`,
  mapRoot: 'Die Datei',
  mapNotCollection: 'Es fehlt „type“: „FeatureCollection“ mit einer Liste „features“',
  mapNoFeatures: 'Die FeatureCollection enthält kein einziges Objekt',
  mapGeometryType: 'Die Geometrie muss ein „Polygon“ oder „MultiPolygon“ sein',
  mapCoordinates:
    'Die Koordinaten sind keine gültige Fläche (Ringe aus mindestens vier Punkten [Längengrad, Breitengrad])',
  mapNotWgs84:
    'Die Koordinaten liegen nicht im Bereich von WGS 84 (Längengrad −180 bis 180, Breitengrad −90 bis 90); vielleicht ist die Datei in einem anderen Koordinatensystem (z. B. UTM) gespeichert',
  mapNoName:
    'Es fehlt der Name des Stadtteils (Eigenschaft „name“, „Name“, „NAME“, „Stadtteil“, „stadtteil“ oder „STADTTEIL“)',
  mapOther: 'Der Aufbau entspricht nicht GeoJSON',
  locationInvalid: (found: string): string =>
    `„${found}“ ist keine Koordinate. Erwartet werden Breiten- und Längengrad in WGS 84, z. B. „53.07, 9.98“. Die Maßnahme erscheint nicht als Punkt auf der Karte.`,
  locationHalf: (given: string, missing: string): string =>
    `„${given}“ ist angegeben, „${missing}“ aber nicht. Für einen Punkt auf der Karte werden beide gebraucht.`,
  locationOutside: (lat: string, lon: string, swapped: boolean): string =>
    `Der Punkt (Breite ${lat}, Länge ${lon}) liegt außerhalb aller Stadtteile der Karte. ` +
    (swapped ? 'Vertauscht (erst Breite, dann Länge) läge sie in der Stadt: bitte die Reihenfolge prüfen. ' : '') +
    `Die Maßnahme erscheint nicht als Punkt auf der Karte.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Einstellungen: messages about `einstellungen.json`.
// ---------------------------------------------------------------------------------------------

/** Messages about the settings file. */
export const SETTINGS_MESSAGES = {
  invalid: (path: string, problem: string): string =>
    path ? `Die Einstellung „${path}“ ist ungültig: ${problem}.` : `Die Einstellungen sind ungültig: ${problem}.`,
  missing: (d: { city: string; primary: string; accent: string; licence: string }): string =>
    `Im Datenordner liegt keine Datei einstellungen.json. Verwendet werden die Voreinstellungen: Stadt „${d.city}“, Farben ${d.primary} und ${d.accent}, Lizenz der offenen Daten „${d.licence}“, dazu Anschrift und Kontakt der Geschäftsstelle ISEK Neumünster. Für eine andere Stadt oder eigene Angaben eine einstellungen.json anlegen (siehe Anleitung).`,
  accessibilityIncomplete: (missing: readonly string[]): string =>
    `Der Erklärung zur Barrierefreiheit fehlen noch Angaben, die nur die Stadt machen kann: ${quotedList(missing, 'und')}. ` +
    `Bis sie in einstellungen.json unter „accessibility“ stehen, sagt die Seite, dass noch keine Bewertung vorliegt, und nennt kein Datum. ` +
    `Die Anleitung (Abschnitt „Erklärung zur Barrierefreiheit“) zeigt, was einzutragen ist.`,
  accessibilityReviewDue: (last: string): string =>
    `Die Erklärung zur Barrierefreiheit wurde zuletzt am ${officeDate({ iso: last, precision: 'day' })} erstellt oder überprüft, vor mehr als einem Jahr. ` +
    `Bitte die Website erneut prüfen und das Datum in einstellungen.json unter „accessibility.reviewedOn“ eintragen.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Prüfbericht: the check's text report on the terminal.
// ---------------------------------------------------------------------------------------------

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
  missingComma:
    'Vermutlich fehlt davor ein Komma: Zwischen zwei Einträgen muss ein Komma stehen, meist am Ende der vorherigen Zeile.',
  backslash:
    'Ein umgekehrter Schrägstrich (\\) muss in JSON doppelt geschrieben werden (\\\\). Für Dateinamen geht auch der normale Schrägstrich: "bilder/logo.svg".',
  unexpectedEnd:
    'Die Datei endet zu früh: Vermutlich fehlt eine schließende Klammer } oder ] oder ein schließendes Anführungszeichen.',
  propertyName:
    'An dieser Stelle wird ein Name in doppelten Anführungszeichen erwartet, z. B. "city". Steht davor ein überzähliges Komma?',
  unknown:
    'Bitte die Stelle prüfen: Jeder Name und jeder Text steht in doppelten Anführungszeichen, Einträge sind durch Kommas getrennt.',
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
  expectedType: (path: string, expected: string): string =>
    `Die Einstellung „${path}“ ist ungültig: erwartet wird ${expected}.`,
  unknownColumn: (path: string, sheet: string, suggestions: readonly string[], headers: readonly string[]): string =>
    `„${path}“: Das Blatt „${sheet}“ hat keine solche Spalte. ` +
    (suggestions.length > 0 ? `Meinten Sie ${quotedList(suggestions, 'oder')}? ` : '') +
    `Gemeint ist die Überschrift aus der Vorlage, der weitere Schreibweisen zugeordnet werden: ${headers.join(', ')}.`,
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
    (placeholders
      ? `; Stellen, die die Geschäftsstelle ergänzen muss, sind darin mit „bitte ergänzen“ markiert.`
      : '.'),
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
