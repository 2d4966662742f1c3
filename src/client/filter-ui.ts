/**
 * What `/massnahmen/` and `/suche/` share around their filters, in the browser:
 * - the toggle (`button[data-filter-toggle]`, `aria-expanded`, `aria-controls`): on narrow screens
 *   the filters sit behind it and open in place; on wide screens CSS hides it and the filters
 *   stand beside the results (`FilterLayout.css`);
 * - the chosen filters as removable tags above the results (`Status: in Umsetzung entfernen`);
 * - options without results move to the end of their group, their counts kept.
 *
 * Small and free of the pages' logic: each page's script says what is chosen and what removing
 * a tag does.
 */
import { FILTER_UI_TEXT as T } from '../lib/i18n/de/filter-ui.ts';

/** One chosen filter value as a tag. */
export interface ChosenFilter {
  /** The filter's label: `Status`. */
  readonly label: string;
  /** The value as the page shows it: `in Umsetzung`. */
  readonly value: string;
  /** Takes this filter value away (the page updates itself and the URL). */
  readonly remove: () => void;
}

/** Wires the toggle to its panel; returns a function that writes the number of chosen filters. */
export function filterToggle(button: HTMLButtonElement | null): (active: number) => void {
  if (!button) return () => undefined;
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel?.toggleAttribute('data-open', open);
  });
  return (active) => {
    const text = T.toggle(active);
    if (button.textContent !== text) button.textContent = text;
  };
}

/**
 * Shows the chosen filters as buttons in `list` (an `ul`, hidden when nothing is chosen). A
 * button's name is `Status: in Umsetzung entfernen`; after removing one, focus goes to the next
 * tag, else to `fallback` (the toggle or the results' heading), so it is never lost.
 */
export function showChosen(list: HTMLElement | null, chosen: readonly ChosenFilter[], fallback: () => void): void {
  if (!list) return;
  list.replaceChildren(
    ...chosen.map((filter, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'isek-chosen__tag';
      const hidden = document.createElement('span');
      hidden.className = 'isek-visually-hidden';
      hidden.textContent = ` ${T.remove}`;
      button.append(`${filter.label}: ${filter.value}`, hidden);
      button.addEventListener('click', () => {
        filter.remove();
        const next = list.querySelectorAll('button')[i] ?? list.querySelectorAll('button')[i - 1];
        if (next) next.focus();
        else fallback();
      });
      item.append(button);
      return item;
    }),
  );
  list.hidden = chosen.length === 0;
}

/**
 * Moves the children of `parent` that `isEmpty` marks to the end, keeping the order within both
 * groups; the DOM order changes (not only the visual one), so Tab order and reading order agree.
 */
export function emptyLast<E extends Element>(
  parent: Element,
  items: readonly E[],
  isEmpty: (item: E) => boolean,
): void {
  const ordered = [...items.filter((e) => !isEmpty(e)), ...items.filter(isEmpty)];
  const current = [...parent.children].filter((e) => items.includes(e as E));
  if (ordered.every((e, i) => current[i] === e)) return;
  for (const e of ordered) parent.append(e);
}
