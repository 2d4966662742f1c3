/**
 * The city's settings file `einstellungen.json`: parsed, validated with zod, and every problem
 * turned into a German diagnostic that names the setting.
 */
import { z } from 'zod';
import { de as zodGerman } from 'zod/locales';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';
import { SETTINGS_SYNTAX_TEXT } from '../../i18n/de.ts';
import { explainJsonError } from './json-error.ts';
import { explainSettingIssues } from './setting-issues.ts';
import { resolveHeaderAliases } from './header-aliases.ts';

/** The settings file's name in the data folder. */
export const SETTINGS_FILE = 'einstellungen.json';

z.config(zodGerman());

/**
 * Parses the settings file's text. `null` (no file) gives the defaults. Invalid JSON or an invalid
 * setting gives an error diagnostic per problem and the defaults, so the check can go on.
 */
export function parseSettings(
  text: string | null,
  file = SETTINGS_FILE,
): { settings: Settings; diagnostics: Diagnostic[] } {
  const defaults = settingsSchema.parse({});
  if (text === null) return { settings: defaults, diagnostics: [] };
  let json: unknown;
  // Editors on Windows like to start the file with a byte-order mark.
  const source = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(source);
  } catch (error) {
    // Where and why, in German: the line lets the office find the spot in any editor.
    const { line, column, cause } = explainJsonError(source, error);
    return {
      settings: defaults,
      diagnostics: [
        diagnostic('settings.invalid', { file, row: line }, SETTINGS_SYNTAX_TEXT.message(line, column, cause)),
      ],
    };
  }
  const result = settingsSchema.safeParse(json);
  if (result.success) {
    const { aliases, problems } = resolveHeaderAliases(result.data.headerAliases);
    return {
      settings: { ...result.data, headerAliases: aliases },
      diagnostics: problems.map((p) => diagnostic('settings.invalid', { file, column: p.path }, p.message)),
    };
  }
  return {
    settings: defaults,
    diagnostics: explainSettingIssues(settingsSchema, result.error.issues).map((problem) =>
      diagnostic('settings.invalid', { file, column: problem.path || null }, problem.message),
    ),
  };
}
