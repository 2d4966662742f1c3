/**
 * Command-line options of the office's scripts. `node:util`'s `parseArgs` throws English errors
 * with a stack trace for a mistyped option; here the office gets one German line and the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { OFFICE_CLI_TEXT } from '../lib/i18n/de.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The German sentence for an error thrown by `parseArgs`. */
export function describeArgsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return OFFICE_CLI_TEXT.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return OFFICE_CLI_TEXT.invalidOptionValue(option);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return OFFICE_CLI_TEXT.unexpectedArgument(quoted);
    default:
      return message;
  }
}

/**
 * Parses `process.argv` (or `args`) strictly. On a mistake it prints the German explanation and
 * the usage to stderr and ends the process with exit code 2.
 */
export function parseOfficeArgs<const O extends Options>(options: O, usage: string, args?: string[]) {
  try {
    return parseArgs({ options, args, allowPositionals: false, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${describeArgsError(error)}\n${usage}\n`);
    process.exit(2);
  }
}
