/**
 * Unique keys: the first row with a key wins; every further row with the same key is an error
 * that names the row it clashes with.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import type { DraftOrigin } from './drafts.ts';
import { toSlug } from './slug.ts';
import { germanCollator } from '../common/collate.ts';

/** German, numeric-aware order for keys: `2024-9` before `2024-10`, `5.2` before `5.10`. */
export const compareKeys: (a: string, b: string) => number = germanCollator.compare;

/**
 * Keeps the first draft of each key, in file order. A duplicate is reported at its key column
 * (`idColumn`) and left out; `normalise` decides which keys count as the same.
 */
export function uniqueByKey<T extends DraftOrigin>(
  drafts: readonly T[],
  keyOf: (draft: T) => string,
  idColumn: string,
  sink: Diagnostic[],
  normalise: (key: string) => string = (k) => k,
): { unique: Map<string, T>; duplicates: T[] } {
  const unique = new Map<string, T>();
  const duplicates: T[] = [];
  for (const draft of drafts) {
    const key = normalise(keyOf(draft));
    const first = unique.get(key);
    if (first) {
      duplicates.push(draft);
      sink.push(
        diagnostic(
          'key.duplicate',
          draft.locate(idColumn),
          MODEL_MESSAGES.duplicateKey(keyOf(draft), first.source.file, first.source.sheet, first.source.row),
        ),
      );
    } else {
      unique.set(key, draft);
    }
  }
  return { unique, duplicates };
}

/**
 * The Nr. is also the page address (`/massnahmen/<Nr.>/`, made URL-safe by {@link toSlug}), so
 * two checks beyond plain uniqueness: a Nr. of which no address is left (`–`, `?`: no letter or
 * digit) is an error at its cell, and two Nr. that differ only in what the address drops
 * (`5/1` and `5-1`, `CON` and `con_`) are an error at the second that names both Nr. as written
 * and the address they share. Drafts already reported as duplicates of the same key are skipped.
 */
export function checkPageAddresses<T extends DraftOrigin & { readonly id: string }>(
  drafts: readonly T[],
  sink: Diagnostic[],
): void {
  const byAddress = new Map<string, T>();
  for (const d of drafts) {
    const address = toSlug(d.id);
    if (address === '') {
      sink.push(diagnostic('value.invalid', d.locate('id'), MODEL_MESSAGES.keyWithoutAddress(d.id)));
      continue;
    }
    const first = byAddress.get(address);
    if (first === undefined) {
      byAddress.set(address, d);
    } else if (first.id === d.id) {
      sink.push(
        diagnostic(
          'key.duplicate',
          d.locate('id'),
          MODEL_MESSAGES.duplicateKey(d.id, first.source.file, first.source.sheet, first.source.row),
        ),
      );
    } else {
      sink.push(
        diagnostic(
          'key.duplicate',
          d.locate('id'),
          MODEL_MESSAGES.addressClash(d.id, first.id, address, first.source.file, first.source.sheet, first.source.row),
        ),
      );
    }
  }
}
