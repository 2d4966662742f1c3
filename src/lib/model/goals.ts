/**
 * The goal system as a tree: parents must exist, cycles are errors, top-level goals need a
 * product area and sub-goals inherit theirs (a sub-goal naming another one is reported).
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { closestMatches } from '../common/closest.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import type { GoalDraft } from './drafts.ts';
import { compareKeys } from './keys.ts';

/** A goal placed in the tree; measures are attached later. */
export interface TreeGoal {
  readonly draft: GoalDraft;
  /** Parent id after validation: `null` for top-level goals and for unresolvable parents. */
  readonly parentId: string | null;
  readonly childIds: string[];
  readonly ancestorIds: readonly string[];
  readonly depth: number;
  /** Own or inherited product area; `null` only when an error was reported. */
  readonly productAreaId: number | null;
  /** Own SDGs, or when the row names none, those of the nearest ancestor that has some. */
  readonly sdgs: readonly number[];
  /** Whether {@link sdgs} came from an ancestor. */
  readonly sdgsInherited: boolean;
}

/**
 * Places the unique goals in a tree. Goals are returned in tree order: by product area, then
 * depth-first with siblings in numeric key order.
 */
export function buildGoalTree(goals: ReadonlyMap<string, GoalDraft>, sink: Diagnostic[]): TreeGoal[] {
  const ids = [...goals.keys()];
  const parentOf = new Map<string, string | null>();
  for (const goal of goals.values()) {
    const parent = goal.parentId;
    if (parent !== null && parent === goal.id) {
      sink.push(diagnostic('goal.cycle', goal.locate('parent'), MODEL_MESSAGES.goalCycle([goal.id, goal.id])));
      parentOf.set(goal.id, null);
    } else if (parent !== null && !goals.has(parent)) {
      sink.push(
        diagnostic(
          'ref.unknown-parent-goal',
          goal.locate('parent'),
          MODEL_MESSAGES.unknownParentGoal(parent, closestMatches(parent, ids, 3)),
        ),
      );
      parentOf.set(goal.id, null);
    } else {
      parentOf.set(goal.id, parent);
    }
  }

  // Cycles: follow each chain; a chain that returns to a goal on it is a cycle, reported once.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of ids) {
    const path: string[] = [];
    let current: string | null = start;
    while (current !== null && state.get(current) !== 'done') {
      if (state.get(current) === 'open') {
        const cycle = path.slice(path.indexOf(current));
        for (const member of cycle) parentOf.set(member, null);
        const first = goals.get(cycle[0]!)!;
        sink.push(diagnostic('goal.cycle', first.locate('parent'), MODEL_MESSAGES.goalCycle([...cycle, cycle[0]!])));
        break;
      }
      state.set(current, 'open');
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    for (const id of path) state.set(id, 'done');
  }

  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const parent = parentOf.get(id);
    if (parent) children.get(parent)!.push(id);
  }
  for (const list of children.values()) list.sort(compareKeys);

  const placed: TreeGoal[] = [];
  const visit = (
    id: string,
    ancestors: readonly string[],
    inherited: number | null,
    inheritedSdgs: readonly number[],
  ): void => {
    const draft = goals.get(id)!;
    // SDGs pass down the tree as the product area does: a sub-goal without any names its parent's.
    const sdgsInherited = draft.sdgs.length === 0 && inheritedSdgs.length > 0;
    const sdgs = sdgsInherited ? inheritedSdgs : draft.sdgs;
    let productAreaId = inherited;
    if (ancestors.length === 0) {
      productAreaId = draft.productAreaId;
      if (productAreaId === null) {
        sink.push(
          diagnostic(
            'goal.product-area-missing',
            draft.locate('productArea'),
            MODEL_MESSAGES.goalProductAreaMissing(id),
          ),
        );
      }
    } else if (draft.productAreaId !== null && inherited !== null && draft.productAreaId !== inherited) {
      sink.push(
        diagnostic(
          'goal.product-area-conflict',
          draft.locate('productArea'),
          MODEL_MESSAGES.goalProductAreaConflict(id, draft.productAreaId, inherited, ancestors[0]!),
        ),
      );
    } else if (inherited === null) {
      productAreaId = draft.productAreaId;
    }
    placed.push({
      draft,
      parentId: parentOf.get(id) ?? null,
      childIds: children.get(id)!,
      ancestorIds: ancestors,
      depth: ancestors.length,
      productAreaId,
      sdgs,
      sdgsInherited,
    });
    for (const child of children.get(id)!) visit(child, [...ancestors, id], productAreaId, sdgs);
  };
  const roots = ids.filter((id) => (parentOf.get(id) ?? null) === null);
  roots.sort((a, b) => (goals.get(a)!.productAreaId ?? 99) - (goals.get(b)!.productAreaId ?? 99) || compareKeys(a, b));
  for (const root of roots) visit(root, [], null, []);
  return placed;
}
