/**
 * Explains a syntax error in the settings file in German: where it is (line and column, as an
 * editor shows them) and the likely cause (a missing or extra comma, typographic quotes, a single
 * backslash in a Windows path, a comment, a missing bracket). The office edits the file by hand,
 * and `JSON.parse`'s English message alone would not help them.
 */
import { SETTINGS_SYNTAX_TEXT as T } from '../../i18n/de.ts';

/** Where the error is and what probably caused it. */
export interface JsonErrorExplanation {
  /** 1-based line, or `null` when unknown. */
  readonly line: number | null;
  /** 1-based column, or `null` when unknown. */
  readonly column: number | null;
  /** The likely cause, in German, as a sentence. */
  readonly cause: string;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** The offset JSON.parse complained about, from its message (V8 wording), or `null`. */
function offsetFrom(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /Unexpected token '(.)'/u.exec(message) ?? /Unexpected token (.)/u.exec(message);
  if (token) {
    const at = text.indexOf(token[1]!);
    return at >= 0 ? at : null;
  }
  if (/end of JSON input/i.test(message)) return text.length;
  return null;
}

const TYPOGRAPHIC_QUOTES = /[„“”‚‘’«»]/u;

/** The last character before `offset` that is not white space. */
function previousSignificant(text: string, offset: number): string {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i]!)) return text[i]!;
  return '';
}

/**
 * Explains why `text` is not valid JSON, given the error `JSON.parse` threw. `text` is the file
 * without its byte-order mark.
 */
export function explainJsonError(text: string, error: unknown): JsonErrorExplanation {
  const message = error instanceof Error ? error.message : String(error);
  const offset = offsetFrom(text, message);
  const where = offset === null ? { line: null, column: null } : lineAndColumn(text, offset);
  const at = offset === null ? '' : (text[offset] ?? '');
  const before = offset === null ? '' : previousSignificant(text, offset);

  let cause: string;
  if (TYPOGRAPHIC_QUOTES.test(at) || (offset === null && TYPOGRAPHIC_QUOTES.test(text))) cause = T.typographicQuotes;
  else if (at === "'") cause = T.singleQuotes;
  else if (at === '/' && (text[offset! + 1] === '/' || text[offset! + 1] === '*')) cause = T.comment;
  else if ((at === '}' || at === ']') && before === ',') cause = T.trailingComma;
  else if (/Bad escaped character|Bad control character|Bad Unicode escape/i.test(message)) cause = T.backslash;
  else if (/end of JSON input/i.test(message) || offset === text.length) cause = T.unexpectedEnd;
  else if (/after property value|after array element/i.test(message)) cause = T.missingComma;
  else if (/property name/i.test(message)) cause = T.propertyName;
  else cause = T.unknown;
  return { ...where, cause };
}
