import { describe, expect, it } from 'vitest';
import { fillPageTemplate, pageTemplateValues } from './page-template.ts';

const office = {
  name: 'Büro ISEK',
  organisation: 'Stadt Flensburg',
  street: 'Am Pferdewasser 14',
  postcode: '24937',
  town: 'Flensburg',
  email: 'isek@flensburg.example',
  phone: '',
};
const accessibility = { conformance: null, assessedBy: null, assessedOn: null, createdOn: null, reviewedOn: null };
const values = pageTemplateValues({
  city: 'Flensburg',
  siteTitle: 'ISEK Flensburg',
  siteUrl: null,
  office,
  accessibility,
});

describe('fillPageTemplate', () => {
  it('replaces {{name}} by the value as written, dotted names included', () => {
    expect(fillPageTemplate('Plan für {{city}}: [{{office.email}}](mailto:{{office.email}})', values)).toBe(
      'Plan für Flensburg: [isek@flensburg.example](mailto:isek@flensburg.example)',
    );
  });

  it('keeps a {{#name}}…{{/name}} section only when the value is not empty', () => {
    const template =
      'Website{{#siteUrl}} ({{siteUrl}}){{/siteUrl}}.{{#office.phone}}\nTelefon: {{office.phone}}{{/office.phone}}';
    expect(fillPageTemplate(template, values)).toBe('Website.');
    const full = pageTemplateValues({
      city: 'F',
      siteTitle: 'T',
      siteUrl: 'https://isek.example/',
      office: { ...office, phone: '0461 85-0' },
      accessibility,
    });
    expect(fillPageTemplate(template, full)).toBe('Website (https://isek.example/).\nTelefon: 0461 85-0');
  });

  it('gives the address blocks without empty lines', () => {
    const noStreet = pageTemplateValues({
      city: 'F',
      siteTitle: 'T',
      siteUrl: null,
      office: { ...office, street: '', postcode: '' },
      accessibility,
    });
    expect(fillPageTemplate('{{officeAddress}}', noStreet)).toBe('Büro ISEK\nStadt Flensburg\nFlensburg');
    expect(fillPageTemplate('{{officeStreetAndTown}}', values)).toBe('Am Pferdewasser 14\n24937 Flensburg');
  });

  it('inserts values once (a brace in a setting stays) and refuses an unknown name', () => {
    const odd = pageTemplateValues({ city: '{{siteTitle}}', siteTitle: 'T', siteUrl: null, office, accessibility });
    expect(fillPageTemplate('{{city}}', odd)).toBe('{{siteTitle}}');
    expect(() => fillPageTemplate('{{stadt}}', values)).toThrow(/stadt/);
  });

  it('keeps a {{^name}}…{{/name}} section only when the value is empty, nested sections too', () => {
    const template =
      '{{#accessibility.conformance}}{{accessibility.conformance}}{{/accessibility.conformance}}' +
      '{{^accessibility.conformance}}Keine Bewertung.{{/accessibility.conformance}}' +
      '{{#accessibility.createdOn}} Erstellt am {{accessibility.createdOn}}' +
      '{{#accessibility.reviewedOn}}, geprüft am {{accessibility.reviewedOn}}{{/accessibility.reviewedOn}}.{{/accessibility.createdOn}}';
    expect(fillPageTemplate(template, values)).toBe('Keine Bewertung.');
    const given = pageTemplateValues({
      city: 'F',
      siteTitle: 'T',
      siteUrl: null,
      office,
      accessibility: {
        conformance: 'teilweise',
        assessedBy: 'eine Selbstbewertung',
        assessedOn: '2026-10-15',
        createdOn: '2026-10-20',
        reviewedOn: null,
      },
    });
    expect(fillPageTemplate(template, given)).toBe(
      'Diese Website ist mit den Anforderungen teilweise vereinbar. Die Ausnahmen sind unten aufgeführt. ' +
        'Die Bewertung beruht auf eine Selbstbewertung vom 15. Oktober 2026. Erstellt am 20. Oktober 2026.',
    );
  });
});
