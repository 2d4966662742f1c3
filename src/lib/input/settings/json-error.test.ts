import { describe, expect, it } from 'vitest';
import { SETTINGS_SYNTAX_TEXT as T } from '../../i18n/de.ts';
import { explainJsonError, lineAndColumn } from './json-error.ts';

/** Explains the error JSON.parse really throws for `text`. */
function explain(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return explainJsonError(text, error);
  }
  throw new Error('valid JSON');
}

describe('explainJsonError', () => {
  it('finds a missing comma and points at the line after it', () => {
    expect(explain('{\n  "city": "Kiel"\n  "logo": "a.svg"\n}')).toEqual({ line: 3, column: 3, cause: T.missingComma });
  });

  it('finds a comma after the last entry', () => {
    expect(explain('{\n  "city": "Kiel",\n}')).toMatchObject({ line: 3, column: 1, cause: T.trailingComma });
    expect(explain('{ "statuses": { "completed": { "label": "fertig", } } }').cause).toBe(T.trailingComma);
  });

  it('recognises typographic and single quotes', () => {
    expect(explain('{\n  "city": „Kiel“\n}')).toMatchObject({ line: 2, column: 11, cause: T.typographicQuotes });
    expect(explain("{ 'city': 'Kiel' }").cause).toBe(T.singleQuotes);
  });

  it('recognises a single backslash in a Windows path', () => {
    expect(explain('{ "logo": "bilder\\logo.svg" }').cause).toBe(T.backslash);
  });

  it('recognises comments and a missing closing bracket', () => {
    expect(explain('{\n  // Stadt\n  "city": "Kiel"\n}')).toMatchObject({ line: 2, cause: T.comment });
    expect(explain('{ "colours": { "primary": "#004B87" }').cause).toBe(T.unexpectedEnd);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
