/**
 * Records as read from one row each, before linking. References are still as written in the file
 * (goal IDs, department texts); `reader` keeps the row's place for diagnostics raised while linking.
 */
import type { Location } from '../diagnostics.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { MeasureType, Status } from '../schemas/status.ts';
import type { RichText } from '../schemas/measure.ts';
import type { Source } from '../schemas/source.ts';
import type { LocationDraft } from './location.ts';
import type { MoneyAmount } from '../input/cells/money.ts';

/** Where a draft came from, and how to name the place of one of its fields. */
export interface DraftOrigin {
  readonly source: Source;
  /** The place of a field (by column key), for diagnostics raised while linking. */
  readonly locate: (key: string | null) => Location;
  /** True when the row had an error: it is refused, though its key still resolves references. */
  readonly refused: boolean;
}

export interface DepartmentDraft extends DraftOrigin {
  readonly id: string;
  readonly name: string;
  readonly division: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly website: string | null;
}

export interface ProductAreaDraft extends DraftOrigin {
  readonly id: number;
  readonly name: string;
  readonly description: RichText | null;
}

export interface GoalDraft extends DraftOrigin {
  readonly id: string;
  readonly title: string;
  readonly description: RichText | null;
  readonly parentId: string | null;
  readonly productAreaId: number | null;
  readonly productGroup: string | null;
  readonly sdgs: readonly number[];
  readonly sources: readonly string[];
  readonly focus: boolean;
}

export interface ReportDraft extends DraftOrigin {
  readonly measureId: string;
  readonly date: PartialDate | null;
  readonly body: RichText;
}

export interface MeasureDraft extends DraftOrigin {
  readonly id: string;
  readonly title: string;
  readonly summary: RichText | null;
  readonly type: MeasureType | null;
  readonly goalIds: readonly string[];
  /** The lead department as written (one reference). */
  readonly lead: string | null;
  /**
   * The participating departments as written. Split while linking, because department names may
   * contain commas (`Schule, Jugend, Kultur und Sport`) and only the department list can tell.
   */
  readonly participating: string | null;
  readonly productAreaId: number | null;
  readonly product: string | null;
  readonly status: Status | null;
  readonly progress: number | null;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  /** Costs and funding as read, with whether each was approximate (`ca.`). */
  readonly costs: MoneyAmount | null;
  readonly funding: MoneyAmount | null;
  readonly decisionBody: string | null;
  readonly decisionDate: PartialDate | null;
  readonly paper: string | null;
  readonly link: string | null;
  readonly districts: readonly string[];
  /** Further search terms (`Schlagworte`), as written. */
  readonly keywords: readonly string[];
  /** Point location from `Lage` or `Breite`/`Länge`, `null` if none (or unreadable: warned). */
  readonly location: LocationDraft | null;
  readonly sdgs: readonly number[] | null;
  readonly report: RichText | null;
  readonly reportDate: PartialDate | null;
}

/** The `Info` sheet, read. */
export interface InfoDraft {
  readonly publicationDate: PartialDate | null;
  readonly session: string | null;
  readonly budget: string | null;
}
