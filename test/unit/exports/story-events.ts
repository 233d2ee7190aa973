import { DateTime } from 'luxon';
import type { StoredEvent } from '../../../src/model/stored';

/**
 * Four story events as the timeline query returns them (seed/01-carney-beijing.json, times as stored:
 * flat bounds with the story's offset), for the exports' unit tests.
 */
const at = (iso: string | null) => (iso === null ? null : DateTime.fromISO(iso, { setZone: true }));

const article = {
  id: 'source:cp-2026-01-14-carney-beijing',
  kind: 'ARTICLE',
  title: 'Prime Minister Mark Carney looks to reset Canada-China relationship in Beijing',
  publisher: 'Darpan News Desk',
};

function time(
  expression: string,
  edtf: string,
  label: string,
  precision: string,
  [start, end, earliestStart, latestStart, earliestEnd, latestEnd]: Array<string | null>,
) {
  return {
    timeExpression: expression,
    timeEdtf: edtf,
    timeLabel: label,
    precision,
    start: at(start!),
    end: at(end!),
    earliestStart: at(earliestStart!),
    latestStart: at(latestStart!),
    earliestEnd: at(earliestEnd!),
    latestEnd: at(latestEnd!),
  };
}

const actor = (id: string, name: string) => ({ id, name, kind: 'X', aliases: [], metonyms: null });

/** A year-precision event: "in 2018". */
export const relationshipBreakdown: StoredEvent = {
  id: 'event:canada-china-relationship-breakdown',
  type: 'OTHER',
  title: 'Canada–China relationship falls apart',
  description:
    'A diplomatic rupture (OTHER): the Canada–China relationship fell apart in 2018 after China detained two Canadians.',
  status: 'HAPPENED',
  ...time('in 2018', '2018', '2018', 'year', [
    '2018-01-01T00:00:00-05:00',
    '2019-01-01T00:00:00-05:00',
    '2018-01-01T00:00:00-05:00',
    '2019-01-01T00:00:00-05:00',
    '2018-01-01T00:00:00-05:00',
    '2019-01-01T00:00:00-05:00',
  ]),
  participants: [
    { role: 'PARTICIPANT', actor: actor('country:canada', 'Canada'), evidence: { sourceId: article.id } },
    { role: 'PARTICIPANT', actor: actor('country:china', 'China'), evidence: { sourceId: article.id } },
  ],
  evidence: [
    {
      aspect: 'event',
      sourceId: article.id,
      sentence: 'The Canada-China relationship fell apart in 2018',
      outsideArticle: false,
      source: article,
    },
  ],
};

/** A day-precision point event, planned: "on Friday". */
export const fridayMeeting: StoredEvent = {
  id: 'event:carney-xi-meeting-beijing',
  type: 'MEETING',
  title: 'Carney–Xi meeting in Beijing',
  description:
    "Carney will sit down with President Xi Jinping on Friday; China's tariffs on pork, canola and seafood are expected to be a major topic.",
  status: 'PLANNED',
  ...time('on Friday', '2026-01-16', '16 Jan 2026', 'day', [
    '2026-01-16T00:00:00-05:00',
    '2026-01-17T00:00:00-05:00',
    '2026-01-16T00:00:00-05:00',
    '2026-01-17T00:00:00-05:00',
    '2026-01-16T00:00:00-05:00',
    '2026-01-17T00:00:00-05:00',
  ]),
  participants: [
    {
      role: 'COUNTERPART',
      actor: actor('person:xi-jinping', 'Xi Jinping'),
      evidence: { sourceId: article.id },
    },
    { role: 'AGENT', actor: actor('person:mark-carney', 'Mark Carney'), evidence: { sourceId: article.id } },
  ],
  evidence: [
    {
      aspect: 'event',
      sourceId: article.id,
      sentence:
        'Carney will spend two days in Beijing meeting with senior communist leaders and will sit down with President Xi Jinping on Friday.',
      outsideArticle: false,
      source: article,
    },
  ],
};

/** An open-ended state, dated from outside the article: tariffs in force since 8 Mar 2025. */
export const ongoingTariff: StoredEvent = {
  id: 'event:china-tariffs-pork-canola-seafood',
  type: 'TARIFF_IMPOSED',
  title: 'China imposes tariffs on Canadian pork, canola and seafood',
  description: "Beijing's heavy tariffs on pork, canola and seafood; still in force.",
  status: 'ONGOING',
  ...time('2025-03-08', '2025-03-08/..', 'since 8 Mar 2025', 'day', [
    '2025-03-08T00:00:00-05:00',
    null,
    '2025-03-08T00:00:00-05:00',
    '2025-03-09T00:00:00-05:00',
    '2026-01-14T12:58:00-05:00',
    null,
  ]),
  participants: [
    { role: 'TARGET', actor: actor('country:canada', 'Canada'), evidence: { sourceId: article.id } },
    { role: 'AGENT', actor: actor('gov:china', 'Government of China'), evidence: { sourceId: article.id } },
  ],
  evidence: [
    {
      aspect: 'time',
      sourceId: 'source:ref-reuters-china-tariffs-2025',
      sentence: null,
      outsideArticle: true,
      note: 'Announced on 8 March 2025, in force 20 March 2025.',
      source: {
        id: 'source:ref-reuters-china-tariffs-2025',
        kind: 'REFERENCE',
        title: 'China Announces Retaliatory Tariffs on Some Canada Farm, Food Products',
        publisher: 'Reuters',
      },
    },
    {
      aspect: 'event',
      sourceId: article.id,
      sentence:
        "A major topic of Carney's meeting in China will be Beijing's heavy tariffs on pork, canola and seafood.",
      outsideArticle: false,
      source: article,
    },
  ],
};

/** An event that lasts, with a fuzzy end: the two-day APEC summit. */
export const apecSummit: StoredEvent = {
  id: 'event:apec-summit-2025',
  type: 'SUMMIT',
  title: 'APEC summit in Gyeongju, South Korea',
  description: 'The APEC leaders’ summit at which Carney and Xi first met.',
  status: 'HAPPENED',
  ...time('two days', '2025-10-31/2025-11-02', '31 Oct – 2 Nov 2025', 'day', [
    '2025-10-31T00:00:00-04:00',
    '2025-11-02T00:00:00-04:00',
    '2025-10-31T00:00:00-04:00',
    '2025-11-01T00:00:00-04:00',
    '2025-11-02T00:00:00-04:00',
    '2025-11-03T00:00:00-05:00',
  ]),
  participants: [
    {
      role: 'PARTICIPANT',
      actor: actor('person:mark-carney', 'Mark Carney'),
      evidence: { sourceId: article.id },
    },
    { role: 'HOST', actor: actor('country:south-korea', 'South Korea'), evidence: { sourceId: article.id } },
  ],
  evidence: [
    {
      aspect: 'event',
      sourceId: article.id,
      sentence: 'Carney and Xi first met last fall at the APEC summit in Korea.',
      outsideArticle: false,
      source: article,
    },
  ],
};
