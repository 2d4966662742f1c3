import { z } from 'zod';

/**
 * One group of search terms that mean the same to a citizen (`Kita`, `Kindergarten`, `Krippe`):
 * a page holding one of them is found by every other. At least two terms, each a word or a short
 * phrase.
 */
export const synonymGroupSchema = z
  .array(z.string().trim().min(1, { error: 'ein Suchbegriff darf nicht leer sein' }))
  .min(2, { error: 'eine Gruppe braucht mindestens zwei Begriffe' });

/** Groups of synonyms, as in the defaults and in the settings (`search.synonyms`). */
export const synonymGroupsSchema = z.array(synonymGroupSchema);

/** One group of synonyms. */
export type SynonymGroup = z.output<typeof synonymGroupSchema>;

/**
 * The search settings in `einstellungen.json`: own synonym groups on top of the defaults, and
 * whether the defaults apply at all.
 */
export const searchSettingsSchema = z
  .object({
    /** Own groups; a group sharing a term with a default group is merged into it. */
    synonyms: synonymGroupsSchema.default([]),
    /** `false`: only the own groups apply. */
    defaultSynonyms: z.boolean().default(true),
  })
  .strict()
  .prefault({});
