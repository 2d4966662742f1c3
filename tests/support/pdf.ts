/**
 * Test support: what a PDF written by Chromium holds, without a PDF library: its page count and
 * the titles of its bookmarks (outline), which Chromium writes as plain (uncompressed) objects.
 */

/** Pages of the document: the objects of type `/Page` (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** A PDF string as text: `(literal)` with its escapes, or `<FEFF…>` hex in UTF-16BE. */
export function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

/** The titles of the document's bookmarks, in file order. */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/gs)].map((m) => decodePdfString(m[1]!));
}
