import type { AllenRelation, Relation } from './allen';

/** Where one event lies relative to another, as analysts ask it. */
export type Position = 'BEFORE' | 'AFTER' | 'DURING' | 'OVERLAPPING';

const BEFORE: AllenRelation[] = ['before', 'meets'];
const AFTER: AllenRelation[] = ['after', 'metBy'];
/** The relations in which the other event lies within the anchor. */
const WITHIN: AllenRelation[] = ['during', 'starts', 'finishes', 'equals'];
const APART: AllenRelation[] = [...BEFORE, ...AFTER];

/**
 * Whether an event whose relation to the anchor is `relation` lies at `position`: certainly (every
 * possible relation says so) or possibly (at least one does). cypher/fragments/around-filter.cypher
 * states the same rules on stored bounds; an integration test checks that the two agree.
 */
export function liesAt(position: Position, certainly: boolean, relation: Relation): boolean {
  const { possible } = relation;
  if (possible.length === 0) return false;
  const holds = (set: AllenRelation[]) => (r: AllenRelation) => set.includes(r);
  const test = (inside: (r: AllenRelation) => boolean) =>
    certainly ? possible.every(inside) : possible.some(inside);
  switch (position) {
    case 'BEFORE':
      return test(holds(BEFORE));
    case 'AFTER':
      return test(holds(AFTER));
    case 'DURING':
      return test(holds(WITHIN));
    case 'OVERLAPPING':
      return test((r) => !APART.includes(r));
  }
}
