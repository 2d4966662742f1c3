/**
 * The city's settings file `einstellungen.json`: parsed, validated with zod, and every problem
 * turned into a German diagnostic that names the setting.
 */
import { z } from 'zod';
import { de as zodGerman } from 'zod/locales';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { SETTINGS_MESSAGES } from '../i18n/de.ts';

/** The settings file's name in the data folder. */
export const SETTINGS_FILE = 'einstellungen.json';

z.config(zodGerman());

/** The dotted path of a setting as the office sees it in the file: `farben.primary` → `colours.primary`. */
function settingPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Parses the settings file's text. `null` (no file) gives the defaults. Invalid JSON or an invalid
 * setting gives an error diagnostic per problem and the defaults, so the check can go on.
 */
export function parseSettings(text: string | null, file = SETTINGS_FILE): { settings: Settings; diagnostics: Diagnostic[] } {
  const defaults = settingsSchema.parse({});
  if (text === null) return { settings: defaults, diagnostics: [] };
  let json: unknown;
  try {
    // Editors on Windows like to start the file with a byte-order mark.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      settings: defaults,
      diagnostics: [diagnostic('settings.invalid', { file }, SETTINGS_MESSAGES.notJson(detail))],
    };
  }
  const result = settingsSchema.safeParse(json);
  if (result.success) return { settings: result.data, diagnostics: [] };
  return {
    settings: defaults,
    diagnostics: result.error.issues.map((issue) =>
      diagnostic('settings.invalid', { file, column: settingPath(issue.path) || null }, SETTINGS_MESSAGES.invalid(settingPath(issue.path), issue.message)),
    ),
  };
}
