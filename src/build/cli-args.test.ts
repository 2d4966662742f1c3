import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeArgsError } from './cli-args.ts';

function errorOf(args: string[]): unknown {
  try {
    parseArgs({
      args,
      options: { html: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    return error;
  }
  throw new Error('parseArgs accepted the arguments');
}

describe('describeArgsError', () => {
  it('names a mistyped option in German', () => {
    expect(describeArgsError(errorOf(['--htm', 'x.html']))).toBe('Unbekannte Option „--htm“.');
  });
  it('names an option whose value is missing', () => {
    expect(describeArgsError(errorOf(['--html']))).toBe('Bei „--html“ fehlt der Wert.');
  });
  it('names a stray argument', () => {
    expect(describeArgsError(errorOf(['bericht.html']))).toBe(
      'Unerwartete Angabe „bericht.html“. Optionen beginnen mit --.',
    );
  });
});
