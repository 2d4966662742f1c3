/**
 * Titles, default texts and check messages of the editable pages in `data/seiten/`.
 */

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
