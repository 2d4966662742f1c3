import type { Department } from '../../lib/schemas/department.ts';
import type { ComponentExample } from './types.ts';

/** A department with the fields the card shows; the rest of the model does not matter here. */
function department(overrides: Partial<Department>): Department {
  return {
    id: '61',
    slug: '61',
    name: 'Stadtplanung und -entwicklung',
    division: null,
    email: null,
    phone: null,
    website: null,
    leadMeasureIds: [],
    participatingMeasureIds: [],
    source: { file: 'ISEK.xlsx', sheet: 'Fachdienste', row: 2 },
    ...overrides,
  };
}

/** Every way to reach the department, and a department that names none. */
export const examples: ComponentExample<{ department: Department }>[] = [
  {
    name: 'alle Kontaktwege',
    props: {
      department: department({
        division: 'Fachbereich III – Bauen, Umwelt, Planung',
        email: 'stadtplanung@neumuenster.de',
        phone: '04321 942-0',
        website: 'https://www.neumuenster.de/stadtplanung',
      }),
    },
  },
  { name: 'ohne Kontaktwege', props: { department: department({}) } },
];
