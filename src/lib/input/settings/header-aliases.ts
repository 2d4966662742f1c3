/**
 * The setting `headerAliases` names columns by their German header (`Kosten`, what the office
 * knows), one of its accepted spellings (`Gesamtkosten`) or its key in the code (`costs`). Both are accepted; a name that is
 * neither is reported with the closest headers, instead of being ignored silently.
 */
import type { Settings } from '../../schemas/settings.ts';
import { SETTINGS_HELP_TEXT, SHEET_KIND_LABELS } from '../../i18n/de.ts';
import { normaliseForMatch } from '../../common/normalise.ts';
import { closestMatches } from '../../common/closest.ts';
import { SHEET_SPECS, type SheetKind } from '../workbook/sheet-kinds.ts';
import type { SettingProblem } from './setting-issues.ts';

type HeaderAliases = Settings['headerAliases'];

/** The aliases with every column named by its key, and a problem per unknown column. */
export function resolveHeaderAliases(aliases: HeaderAliases): { aliases: HeaderAliases; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const resolved: Record<string, Record<string, string[]>> = {};
  for (const [kind, columns] of Object.entries(aliases) as [SheetKind, Record<string, string[]> | undefined][]) {
    if (!columns) continue;
    const spec = SHEET_SPECS.find((s) => s.kind === kind);
    if (!spec) continue;
    const byName = new Map<string, string>();
    for (const c of spec.columns) {
      byName.set(c.key, c.key);
      byName.set(normaliseForMatch(c.header), c.key);
      for (const alias of c.aliases)
        if (!byName.has(normaliseForMatch(alias))) byName.set(normaliseForMatch(alias), c.key);
    }
    const target: Record<string, string[]> = {};
    for (const [name, extra] of Object.entries(columns)) {
      const key = byName.get(name) ?? byName.get(normaliseForMatch(name));
      if (key === undefined) {
        const headers = spec.columns.map((c) => c.header);
        problems.push({
          path: `headerAliases.${kind}.${name}`,
          message: SETTINGS_HELP_TEXT.unknownColumn(
            `headerAliases.${kind}.${name}`,
            SHEET_KIND_LABELS[kind],
            closestMatches(name, headers),
            headers,
          ),
        });
        continue;
      }
      target[key] = [...(target[key] ?? []), ...extra];
    }
    resolved[kind] = target;
  }
  return { aliases: resolved as HeaderAliases, problems };
}
