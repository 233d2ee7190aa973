import { toVisTimeline } from '../../../src/exports/vis-timeline';
import { apecSummit, fridayMeeting, ongoingTariff, relationshipBreakdown } from './story-events';

const ARTICLE =
  'Prime Minister Mark Carney looks to reset Canada-China relationship in Beijing (Darpan News Desk)';

describe('vis-timeline export', () => {
  it('draws a year-precision event as a point with a background over the whole year', () => {
    expect(toVisTimeline([relationshipBreakdown], { groupBy: 'TYPE' })).toEqual({
      items: [
        {
          id: 'event:canada-china-relationship-breakdown',
          content: 'Canada–China relationship falls apart',
          start: '2018-01-01T00:00:00-05:00',
          type: 'point',
          group: 'OTHER',
          title: `<b>2018</b><br>“The Canada-China relationship fell apart in 2018” — ${ARTICLE}`,
          className: 'event precision-year status-happened type-other uncertain',
        },
        {
          id: 'event:canada-china-relationship-breakdown~extent',
          content: '',
          start: '2018-01-01T00:00:00-05:00',
          end: '2019-01-01T00:00:00-05:00',
          type: 'background',
          group: 'OTHER',
          className: 'extent precision-year',
        },
      ],
      groups: [{ id: 'OTHER', content: 'Other', order: 0 }],
    });
  });

  it('draws the Friday meeting as a point on its day, without an extent, in Carney’s row', () => {
    expect(toVisTimeline([fridayMeeting], { groupBy: 'ACTOR' })).toEqual({
      items: [
        {
          id: 'event:carney-xi-meeting-beijing',
          content: 'Carney–Xi meeting in Beijing',
          start: '2026-01-16T00:00:00-05:00',
          type: 'point',
          group: 'person:mark-carney',
          title:
            '<b>16 Jan 2026</b><br><i>Planned as of the source: not a fact yet.</i><br>' +
            '“Carney will spend two days in Beijing meeting with senior communist leaders and will sit down with President Xi Jinping on Friday.” — ' +
            ARTICLE,
          className: 'event precision-day status-planned type-meeting',
        },
      ],
      groups: [{ id: 'person:mark-carney', content: 'Mark Carney', order: 0 }],
    });
  });

  it('draws an ongoing tariff as a point at its start and invents no end', () => {
    const { items, groups } = toVisTimeline([ongoingTariff]);
    expect(groups).toEqual([]);
    expect(items).toEqual([
      {
        id: 'event:china-tariffs-pork-canola-seafood',
        content: 'China imposes tariffs on Canadian pork, canola and seafood',
        start: '2025-03-08T00:00:00-05:00',
        type: 'point',
        title:
          '<b>since 8 Mar 2025</b><br><i>Ongoing as of the source; no end is known.</i><br>' +
          `“A major topic of Carney&#39;s meeting in China will be Beijing&#39;s heavy tariffs on pork, canola and seafood.” — ${ARTICLE}<br>` +
          '“Announced on 8 March 2025, in force 20 March 2025.” — China Announces Retaliatory Tariffs on Some Canada Farm, Food Products (Reuters)',
        className: 'event precision-day status-ongoing type-tariff-imposed open-ended',
      },
    ]);
  });

  it('draws a summit that lasts as a range over its best estimate, and its fuzzy end as a background', () => {
    const { items, groups } = toVisTimeline([apecSummit], { groupBy: 'ACTOR' });
    expect(items.map(({ id, type, start, end, group }) => ({ id, type, start, end, group }))).toEqual([
      {
        id: 'event:apec-summit-2025',
        type: 'range',
        start: '2025-10-31T00:00:00-04:00',
        end: '2025-11-02T00:00:00-04:00',
        group: 'country:south-korea',
      },
      {
        id: 'event:apec-summit-2025~extent',
        type: 'background',
        start: '2025-10-31T00:00:00-04:00',
        end: '2025-11-03T00:00:00-05:00',
        group: 'country:south-korea',
      },
    ]);
    expect(groups).toEqual([{ id: 'country:south-korea', content: 'South Korea', order: 0 }]);
  });

  it('lists groups once each, in order of first appearance, and escapes their names', () => {
    const renamed = {
      ...fridayMeeting,
      id: 'event:other',
      participants: [
        {
          role: 'AGENT',
          actor: { id: 'org:x', kind: 'ORGANISATION', name: 'Smith & <Sons>' },
          evidence: { sourceId: 'source:x' },
        },
      ],
    };
    const noOne = { ...fridayMeeting, id: 'event:nobody', participants: [] };
    const { groups, items } = toVisTimeline([fridayMeeting, renamed, apecSummit, noOne], {
      groupBy: 'ACTOR',
    });
    expect(groups).toEqual([
      { id: 'person:mark-carney', content: 'Mark Carney', order: 0 },
      { id: 'org:x', content: 'Smith &amp; &lt;Sons&gt;', order: 1 },
      { id: 'country:south-korea', content: 'South Korea', order: 2 },
      { id: '(none)', content: 'No participant named', order: 3 },
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
