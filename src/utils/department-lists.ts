/**
 * The two measure lists of a department page, as path segment and heading anchor:
 * `/fachdienste/61/#federfuehrend`, `/fachdienste/61/federfuehrend/seite/2/`.
 */
export const DEPARTMENT_LISTS = { lead: 'federfuehrend', participating: 'beteiligt' } as const;

/** One of a department's measure lists. */
export type DepartmentList = keyof typeof DEPARTMENT_LISTS;
