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
  granularityOf,
  type Precision,
  type Granularity,
  type Lasting,
  type Tense,
} from './fuzzy-time';
export { resolveTime, type ResolveContext } from './resolve';
export { parseDateArgument } from './partial-iso';
export { toEdtf } from './edtf';
export { formatLabel, labelAt } from './label';
export {
  relate,
  ALLEN_RELATIONS,
  type AllenRelation,
  type Relation,
  type TimeBounds,
  type Tie,
  type Endpoint as AllenEndpoint,
} from './allen';
export { ongoingSince } from './ongoing';
export { liesAt, type Position } from './position';
export { EDTF_SEASON_CODE, type Season } from './seasons';
export { shapeOf, type Shape, type Endpoint } from './shape';
export { isBoundary, justBefore } from './units';
export { UNDATED_EXPRESSIONS } from './span-rules';
export {
  propagate,
  BOUNDS,
  type BoundName,
  type StatedBounds,
  type NetworkLink,
  type Because,
  type Derivation,
  type Contradiction,
  type Propagated,
} from './network';
export { STORY_TIME_ZONE, inStoryZone } from './zone';
