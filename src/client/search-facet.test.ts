import { describe, expect, it } from 'vitest';
import { facetOptionHtml, facetValuesInOrder, OPEN_UP_TO, optionsFromIndex } from './search-facet.ts';

describe('optionsFromIndex', () => {
  it('leaves short facets and facets in a fixed order to the server', () => {
    expect(optionsFromIndex(OPEN_UP_TO, false)).toBe(false);
    expect(optionsFromIndex(OPEN_UP_TO + 1, false)).toBe(true);
    expect(optionsFromIndex(40, true)).toBe(false);
  });
});

describe('facetOptionHtml', () => {
  it('writes a labelled checkbox with its count, escaping the value', () => {
    expect(facetOptionHtml('fachdienst', '61 Stadtplanung & "Entwicklung"', '1.234')).toBe(
      '<label class="isek-search-facet__option"><input type="checkbox" name="fachdienst" ' +
        'value="61 Stadtplanung &amp; &quot;Entwicklung&quot;">61 Stadtplanung &amp; &quot;Entwicklung&quot; ' +
        '<span class="isek-search-facet__count">(<span data-count>1.234</span>)</span></label>',
    );
  });
});

describe('facetValuesInOrder', () => {
  it('orders numbered values by their numbers and words in German order', () => {
    expect(facetValuesInOrder({ '1.10 Zehn': 1, '1.2 Zwei': 4, '10 Zehn': 2, '2 Zwei': 3 })).toEqual([
      '1.2 Zwei',
      '1.10 Zehn',
      '2 Zwei',
      '10 Zehn',
    ]);
    expect(facetValuesInOrder({ Wittorf: 1, Einfeld: 1, Äußere: 1, Stör: 1 })).toEqual([
      'Äußere',
      'Einfeld',
      'Stör',
      'Wittorf',
    ]);
  });

  it('puts „ohne Angabe“ last, as the overview does', () => {
    expect(facetValuesInOrder({ Wittorf: 1, 'ohne Angabe': 3, Einfeld: 1, Padenstedt: 2 })).toEqual([
      'Einfeld',
      'Padenstedt',
      'Wittorf',
      'ohne Angabe',
    ]);
  });
});
