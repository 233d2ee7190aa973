export {
  earliest,
  endBounds,
  invariantViolations,
  latest,
  startBounds,
  TimeExpressionError,
  type FuzzyPoint,
  type FuzzyTime,
  PRECISIONS,
  type Precision,
  type Tense,
} from './fuzzy-time';
export { resolveTime, type ResolveContext } from './resolve';
export { parseDateArgument } from './partial-iso';
export { toEdtf } from './edtf';
export { formatLabel } from './label';
export { relate, ALLEN_RELATIONS, type AllenRelation, type Relation, type TimeBounds } from './allen';
export { ongoingSince } from './ongoing';
export { liesAt, type Position } from './position';
export { EDTF_SEASON_CODE, type Season } from './seasons';
export { shapeOf, type Shape, type Endpoint } from './shape';
export { isBoundary, justBefore } from './units';
