/**
 * `.astro` files as modules for `tsc` (Astro's editor plugin types them, plain `tsc` does not):
 * the tests that render components with the container API import them.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
