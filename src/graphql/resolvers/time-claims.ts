import { DateTime } from 'luxon';
import { queries } from '../../db/queries';
import { storedContradictions } from '../../model/derived-time';
import { isArticleClaim } from '../../model/time-claims';
import type { Precision as PrecisionName, Resolvers, TimeBound } from '../generated/resolvers';
import type { Precision } from '../../time';
import { articleTimeSpan, timeClaimsOf } from '../shapes';

const BOUND_NAMES = {
  earliestStart: 'EARLIEST_START',
  latestStart: 'LATEST_START',
  earliestEnd: 'EARLIEST_END',
  latestEnd: 'LATEST_END',
} as const satisfies Record<string, TimeBound>;

const PRECISION_NAMES: Record<Precision, PrecisionName> = {
  instant: 'INSTANT',
  day: 'DAY',
  day_range: 'DAY_RANGE',
  week: 'WEEK',
  month: 'MONTH',
  season: 'SEASON',
  quarter: 'QUARTER',
  year: 'YEAR',
  decade: 'DECADE',
  window: 'WINDOW',
};

const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true });

/** Time claims, derivations and contradictions: what #9's time model adds to every dated thing. */
export const timeClaimResolvers: Resolvers = {
  Query: {
    async timeContradictions(_parent, _args, { runner }) {
      const [row] = (await runner.read(queries.timeContradictions, {})).rows;
      return (row?.contradictions ?? []).flatMap((json) => storedContradictions(json));
    },
  },
  Event: {
    articleTime: (event) => articleTimeSpan(event),
    timeClaims: (event) => timeClaimsOf(event),
    startsAfter: (event, { basis }) =>
      (basis === 'ARTICLE' ? event.articleOrderAfter : event.orderAfter) ?? [],
  },
  Statement: {
    timeClaims: (statement) => timeClaimsOf(statement),
  },
  Role: {
    timeClaims: (role) => timeClaimsOf(role),
  },
  ActorRelationship: {
    timeClaims: (relationship) => timeClaimsOf(relationship),
  },
  TimeClaim: {
    expression: (claim) => claim.time.expression,
    edtf: (claim) => claim.time.edtf,
    label: (claim) => claim.time.label,
    precision: (claim) => PRECISION_NAMES[claim.time.precision],
    approximate: (claim) => claim.time.approximate,
    start: (claim) => claim.time.start,
    end: (claim) => claim.time.end,
    earliestStart: (claim) => claim.time.earliestStart,
    latestStart: (claim) => claim.time.latestStart,
    earliestEnd: (claim) => claim.time.earliestEnd,
    latestEnd: (claim) => claim.time.latestEnd,
    source: (claim, _args, { loaders }) => loaders.source.load(claim.evidence.sourceId),
    sentence: (claim) => claim.evidence.sentence,
    charStart: (claim) => claim.evidence.charStart,
    charEnd: (claim) => claim.evidence.charEnd,
    note: (claim) => claim.evidence.note,
    outsideArticle: (claim) => claim.evidence.outsideArticle,
    fromArticle: (claim) => isArticleClaim(claim),
  },
  TimeDerivation: {
    bound: (derivation) => BOUND_NAMES[derivation.bound],
    value: (derivation) => instant(derivation.value),
    stated: (derivation) => (derivation.stated ? instant(derivation.stated) : null),
    otherEvent: (derivation) => derivation.otherEventId,
    source: (derivation, _args, { loaders }) =>
      derivation.sourceId ? loaders.source.load(derivation.sourceId) : null,
  },
  TimeContradiction: {
    event: (contradiction) => contradiction.eventId,
  },
};
