/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Text of the step. */
  readonly label: string;
  /** Link target (from `pageUrl`); omitted for the current page, the last step. */
  readonly href?: string;
}
