import { z } from 'zod';
import { STATUSES } from './status.ts';
import { MONEY_EXPLANATION_DEFAULTS } from '../i18n/de.ts';
import { searchSettingsSchema } from './search.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'eine Farbe im Format #RRGGBB, z. B. #005CA9' });

const aliasMap = z.record(z.string(), z.array(z.string().min(1)));

/** A calendar date as the office types it, `2026-10-15` or `15.10.2026`; kept as `JJJJ-MM-TT`. */
const settingsDate = z
  .string()
  .trim()
  .transform((text, context) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    const [year, month, day] = iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : german
        ? [Number(german[3]), Number(german[2]), Number(german[1])]
        : [NaN, NaN, NaN];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (!(date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)) {
      context.addIssue({ code: 'custom', message: 'ein Datum wie "2026-10-15" oder "15.10.2026"' });
      return z.NEVER;
    }
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });

/** How far the site meets the requirements, in the words of the model statement (BITV 2.0 Anlage 2). */
export const CONFORMANCE_LEVELS = ['vollständig', 'teilweise', 'nicht'] as const;

/**
 * The city's settings file `einstellungen.json` in the data folder. Every field is optional; the
 * defaults describe Neumünster. A wrong setting stops the build with a German message.
 */
export const settingsSchema = z
  .object({
    /** Name of the city, shown in the header and the title of every page. */
    city: z.string().min(1).default('Neumünster'),
    /** Name of the site, e.g. `ISEK Neumünster`. Defaults to `ISEK <city>`. */
    siteTitle: z.string().min(1).optional(),
    /** Logo file in the data folder (SVG or PNG), copied into the site. */
    logo: z.string().min(1).nullable().default(null),
    /** Alternative text for the logo; empty when the city name stands beside it. */
    logoAlt: z.string().default(''),
    colours: z
      .object({
        /** Main colour for header, links and buttons; needs 4.5:1 against white. */
        primary: hexColour.default('#004B87'),
        /** Accent colour for highlights. */
        accent: hexColour.default('#B5121B'),
      })
      // A mistyped name (`primery`) must be reported, not silently replaced by the default.
      .strict()
      .prefault({}),
    /** The ISEK office, shown in the footer and on the accessibility statement. */
    office: z
      .object({
        name: z.string().min(1).default('Geschäftsstelle ISEK'),
        organisation: z.string().min(1).default('Stadt Neumünster'),
        street: z.string().default('Großflecken 59'),
        postcode: z.string().default('24534'),
        town: z.string().default('Neumünster'),
        email: z.email().default('isek@neumuenster.de'),
        phone: z.string().default(''),
      })
      .strict()
      .prefault({}),
    /** Base path the site is served under, e.g. `/isek/`. `ISEK_BASE` and `--base` win. */
    basePath: z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { error: 'ein Pfad mit / am Anfang und Ende, z. B. /isek/' })
      .default('/'),
    /** The public address of the site, for the feed and open-data metadata. */
    siteUrl: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    /**
     * The city's Amtlicher Gemeindeschlüssel (8 digits; Neumünster: `01004000`), so open-data
     * portals such as GovData can place the datasets (`dcatde:politicalGeocodingURI`).
     * Unlike the other defaults, not Neumünster's: it appears only in the metadata, where no one
     * would notice another city publishing under Neumünster's key. `null` leaves it out.
     */
    municipalityKey: z
      .string()
      .regex(/^\d{8}$/, {
        error: 'der Amtliche Gemeindeschlüssel mit 8 Ziffern in Anführungszeichen, z. B. "01004000"',
      })
      .nullable()
      .default(null),
    /** Extra header aliases per sheet kind and column key: `{ "measures": { "costs": ["Kosten gesamt"] } }`. */
    headerAliases: z
      .object({
        measures: aliasMap.optional(),
        reports: aliasMap.optional(),
        goals: aliasMap.optional(),
        departments: aliasMap.optional(),
        productAreas: aliasMap.optional(),
        info: aliasMap.optional(),
        indicators: aliasMap.optional(),
        indicatorValues: aliasMap.optional(),
      })
      .strict()
      .prefault({}),
    /** Own labels and colours per status key. */
    statuses: z
      .partialRecord(
        z.enum(STATUSES),
        z.object({ label: z.string().min(1).optional(), colour: hexColour.optional() }).strict(),
      )
      .default({}),
    /**
     * A notice on the data that the pages show wherever figures appear, e.g. that the indicator
     * values are fictitious sample figures. `null`: no notice.
     */
    dataNotice: z.string().trim().min(1).nullable().default(null),
    /** What the site says the money figures mean, beside every sum of costs and funding. */
    money: z
      .object({
        /** What `Kosten` counts (planned or actual, gross or net, which years). */
        costsExplanation: z.string().trim().min(1).default(MONEY_EXPLANATION_DEFAULTS.costs),
        /** What `Fördermittel` are, and whether they are part of the costs. */
        fundingExplanation: z.string().trim().min(1).default(MONEY_EXPLANATION_DEFAULTS.funding),
      })
      .strict()
      .prefault({}),
    /**
     * The search: own synonym groups (`{ "synonyms": [["Stadtbad", "Schwimmbad"]] }`), merged with
     * the defaults of `output/search/synonyms.ts` unless `defaultSynonyms` is `false`.
     */
    search: searchSettingsSchema,
    /** A status report older than this many months is reported as stale. */
    staleReportMonths: z.number().int().positive().default(12),
    /**
     * The facts of the accessibility statement (`/barrierefreiheit/`) that only the city knows.
     * While one is missing, the statement leaves its sentence out and `check` warns.
     */
    accessibility: z
      .object({
        /** Result of the last assessment: the site is `vollständig`, `teilweise` or `nicht` vereinbar. */
        conformance: z
          .enum(CONFORMANCE_LEVELS, { error: 'einer der Werte "vollständig", "teilweise" oder "nicht"' })
          .nullable()
          .default(null),
        /** Who assessed and how, e.g. `eine Selbstbewertung` or `einen BITV-Test der Prüfstelle …`. */
        assessedBy: z.string().trim().min(1).nullable().default(null),
        /** Day of that assessment. */
        assessedOn: settingsDate.nullable().default(null),
        /** Day the statement was written. */
        createdOn: settingsDate.nullable().default(null),
        /** Day it was last reviewed; optional. */
        reviewedOn: settingsDate.nullable().default(null),
        /**
         * The https address of the site's explanation in Deutsche Gebärdensprache (a video or the
         * city's page with it), linked from the header of every page. `null`: no link.
         */
        signLanguageUrl: z
          .url({
            protocol: /^https$/,
            error: 'eine Adresse mit https://, z. B. https://www.neumuenster.de/gebaerdensprache',
          })
          .nullable()
          .default(null),
      })
      .strict()
      .prefault({}),
    /** Licence of the open data. */
    licence: z
      .object({
        name: z.string().min(1).default('Datenlizenz Deutschland – Namensnennung – Version 2.0'),
        url: z.url().default('https://www.govdata.de/dl-de/by-2-0'),
        /** DCAT-AP.de licence URI. */
        uri: z.url().default('http://dcat-ap.de/def/licenses/dl-by-de/2.0'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** Settings as given (before defaults). */
export type SettingsInput = z.input<typeof settingsSchema>;
/** Settings with every default applied. */
export type Settings = z.output<typeof settingsSchema>;
