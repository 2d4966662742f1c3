/**
 * Component examples in the GOV.UK manner: each component's typical and edge cases live beside it
 * (`<Component>.examples.ts`), and one browser test renders every example with Astro's container
 * API and runs axe-core on it (`tests/browser/component-examples.test.ts`).
 */

/** One example of a component: a name that says what it shows, its props and slots. */
export interface ComponentExample<P extends object = Record<string, unknown>> {
  /** What the example shows, e.g. „ohne Wert“. */
  readonly name: string;
  readonly props: P;
  /** Slot contents as HTML, by slot name (`default` for the default slot). */
  readonly slots?: Readonly<Record<string, string>>;
}
