/**
 * Turns zod's issues with the settings file into German sentences that name the setting as it is
 * written in the file (`colours.primary`): a mistyped name gets the closest valid names, a value
 * of the wrong kind says what kind is expected.
 */
import type { z } from 'zod';
import { SETTINGS_HELP_TEXT as T, SETTINGS_MESSAGES } from '../../i18n/de.ts';
import { closestMatches } from '../../common/closest.ts';

/** One explained problem: the setting's dotted path (or `''` for the whole file) and the message. */
export interface SettingProblem {
  readonly path: string;
  readonly message: string;
}

/** Minimal view of zod 4's schema internals, enough to list the names allowed at a path. */
interface SchemaLike {
  readonly def: {
    readonly type: string;
    readonly innerType?: SchemaLike;
    readonly valueType?: SchemaLike;
    readonly keyType?: SchemaLike;
    readonly entries?: Readonly<Record<string, string>>;
  };
  readonly shape?: Readonly<Record<string, SchemaLike>>;
}

/** Removes `default`, `prefault`, `optional` and `nullable` wrappers. */
function unwrap(schema: SchemaLike | undefined): SchemaLike | undefined {
  let s = schema;
  while (s?.def.innerType) s = s.def.innerType;
  return s;
}

/** The setting names allowed at `path` of `schema` (object keys or a record's enum keys). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema as unknown as SchemaLike);
  for (const segment of path) {
    if (s?.def.type === 'object') s = unwrap(s.shape?.[String(segment)]);
    else if (s?.def.type === 'record') s = unwrap(s.def.valueType);
    else return [];
  }
  if (s?.def.type === 'object') return Object.keys(s.shape ?? {});
  const keyType = unwrap(s?.def.keyType);
  if (s?.def.type === 'record' && keyType?.def.type === 'enum') return Object.values(keyType.def.entries ?? {});
  return [];
}

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Explains each issue; an unknown name becomes one problem per name. */
export function explainSettingIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): SettingProblem[] {
  return issues.flatMap((issue): SettingProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const path = dotted([...issue.path, key]);
        return { path, message: T.unknownKey(path, closestMatches(key, known), known) };
      });
    }
    const path = dotted(issue.path);
    if (issue.code === 'invalid_type' && T.expected[issue.expected]) {
      return [{ path, message: T.expectedType(path, T.expected[issue.expected]!) }];
    }
    return [{ path, message: SETTINGS_MESSAGES.invalid(path, issue.message) }];
  });
}
