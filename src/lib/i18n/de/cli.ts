/**
 * Texts of the command-line tools and the build: options, progress, publication record,
 * search index, preview server.
 */
import { plural, searchCount } from './shared.ts';

/** Texts of the command-line tools. */
export const CLI_TEXT = {
  checkHeading: (dataDir: string): string => `ISEK-Prüfung der Arbeitsmappen in „${dataDir}“`,
} as const;

/** Texts of `npm run build`. */
export const BUILD_TEXT = {
  start: (dataDir: string): string => `ISEK-Website wird gebaut aus „${dataDir}“ …`,
  stage: (
    stage: 'read' | 'check' | 'pages' | 'search' | 'publish',
    ms: number,
    counts: Readonly<Record<string, number>>,
  ): string => {
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
      'foreign-content':
        'Er enthält Dateien, aber keine mit diesem Werkzeug gebaute Website (keine „.isek-build.json“).',
    }[problem] +
    ` Bitte mit --ausgabe einen eigenen, leeren Ordner angeben (Standard: „dist“). Nichts wurde verändert.`,
  failed: (outDir: string): string =>
    `\nNicht veröffentlicht: Beim Bauen der Seiten ist ein technischer Fehler aufgetreten. „${outDir}“ bleibt unverändert. ` +
    `Bitte die folgende Meldung an das Web-Team weitergeben:`,
} as const;

// ---------------------------------------------------------------------------------------------
// Website: every text of the pages, components and layouts (the Astro layer)
// ---------------------------------------------------------------------------------------------

/** Messages of `npm run build` about the publication record in `veroeffentlichungen/`. */
export const PUBLICATION_TEXT = {
  snapshotIgnored: (file: string, reason: 'unreadable' | 'invalid'): string =>
    `  Hinweis: Die Veröffentlichung „${file}“ im Ordner „veroeffentlichungen“ ist ${reason === 'unreadable' ? 'nicht lesbar' : 'kein gültiger Stand dieser Version'} und wird beim Vergleich übersprungen.`,
  compared: (previous: string, changed: number): string =>
    `  ✔ Änderungen seit dem Stand ${previous}: ${new Intl.NumberFormat('de-DE').format(changed)} ${changed === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
  first: '  ✔ Erste Veröffentlichung: noch kein früherer Stand zum Vergleich',
  recorded: (file: string): string => `  ✔ Veröffentlichung festgehalten in „${file}“`,
  sameStand: (stand: string): string =>
    `  ⚠ Warnung: Die Daten haben denselben Stand (${stand}) wie die vorige Veröffentlichung, aber anderen Inhalt. ` +
    `Die Veröffentlichung wird neben der vorigen festgehalten; die Website nennt beide mit demselben Stand. ` +
    `Bitte nach jeder Sitzung im Blatt „Info“ den „Stand“ (und die „Sitzung“) aktualisieren.`,
  comparedWithoutDetails: (file: string): string =>
    `  ⚠ Hinweis: „${file}“ stammt von einer älteren Version. Mit ihr lassen sich nur Titel, Status, Fortschritt, ` +
    `Statusbericht, Federführung, Kosten, Fördermittel und Ende vergleichen; Änderungen allein an Beschluss, Stadtteilen, ` +
    `Zielen, Schlagworten und den übrigen Angaben erscheinen deshalb diesmal nicht unter „Änderungen“. ` +
    `Ab der nächsten festgehaltenen Veröffentlichung werden alle Angaben verglichen.`,
  alreadyRecorded: (file: string): string =>
    `  ✔ Diese Daten sind schon als „${file}“ festgehalten: keine neue Veröffentlichung.`,
  notRecorded: (file: string, reason: string): string =>
    `  ⚠ Die Website ist veröffentlicht, aber ihr Stand konnte nicht in „${file}“ festgehalten werden (${reason}). ` +
    `Der nächste Build vergleicht daher noch mit der vorigen Veröffentlichung.`,
  oldSiteLeft: (dir: string): string =>
    `  ⚠ Die neue Website ist veröffentlicht; die alte konnte nicht gelöscht werden (eine Datei darin ist wohl geöffnet) ` +
    `und liegt noch in „${dir}“. Der Ordner kann von Hand gelöscht werden.`,
} as const;

/** Texts of the office's command-line tools (options, written files, the preview server). */
export const OFFICE_CLI_TEXT = {
  unknownOption: (option: string): string => `Unbekannte Option „${option}“.`,
  invalidOptionValue: (option: string): string => `Bei „${option}“ fehlt der Wert.`,
  unexpectedArgument: (arg: string): string => `Unerwartete Angabe „${arg}“. Optionen beginnen mit --.`,
  checkUsage: 'Aufruf: npm run check -- [--alle] [--json] [--html <Datei>] [--daten <Ordner>]',
  buildUsage:
    'Aufruf: npm run build -- [--daten <Ordner>] [--base </pfad/>] [--ausgabe <Ordner>] [--html <Datei>] [--alle]',
  reportWritten: (file: string): string => `Prüfbericht zum Öffnen im Browser: ${file}`,
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

/** Texts about the browser that `npm run bericht:pdf` and the browser tests start. */
export const CHROMIUM_TEXT = {
  /** CHROME_PATH names a file that is missing or does not start as a browser. */
  badChromePath: (chromePath: string, missing: boolean): string =>
    `CHROME_PATH nennt „${chromePath}“, ${missing ? 'diese Datei gibt es nicht' : 'dieser Browser lässt sich nicht starten'}. ` +
    'Bitte CHROME_PATH entfernen (dann werden Edge oder Chrome von selbst gefunden) oder auf chrome.exe bzw. msedge.exe zeigen lassen, ' +
    'in PowerShell z. B.: $env:CHROME_PATH = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"',
  /** No browser found or none started, on any platform. */
  noChromium:
    'Kein Browser gefunden, der sich starten lässt. Unter Windows und macOS werden Microsoft Edge und Google Chrome von selbst gefunden, ' +
    'unter Linux Chromium (z. B. apt-get install chromium; npm ci bringt unter Linux eines mit). ' +
    'Sonst den Pfad zum Browser in CHROME_PATH angeben, in PowerShell z. B.: ' +
    '$env:CHROME_PATH = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", ' +
    'unter Linux und macOS: export CHROME_PATH=/pfad/zum/browser',
} as const;
