/**
 * The caching rule of the Astro-side data helpers (model index, measure overview, report,
 * editable pages): computed once per build and shared by every page that asks, because each is
 * a pass over all the data; in `astro dev` computed on every call, so edited data shows without a
 * restart.
 */

/** `compute`, run on the first call and its promise shared by all later calls (in `astro dev`: on every call). */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    pending ??= compute();
    return pending;
  };
}
