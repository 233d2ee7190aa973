import { toTimelineJs } from '../../../src/exports/timeline-js';
import { apecSummit, fridayMeeting, ongoingTariff, relationshipBreakdown } from './story-events';

const SOURCE =
  'Source: Prime Minister Mark Carney looks to reset Canada-China relationship in Beijing (Darpan News Desk)';

describe('TimelineJS3 export', () => {
  it('gives a year-precision event its year only, with the label as display_date', () => {
    expect(toTimelineJs([relationshipBreakdown])).toEqual({
      events: [
        {
          unique_id: 'event:canada-china-relationship-breakdown',
          start_date: { year: 2018 },
          display_date: '2018',
          text: {
            headline: 'Canada–China relationship falls apart',
            text:
              '<p>A diplomatic rupture (OTHER): the Canada–China relationship fell apart in 2018 after China detained two Canadians.</p>' +
              `<blockquote>The Canada-China relationship fell apart in 2018</blockquote><p>${SOURCE}</p>`,
          },
        },
      ],
    });
  });

  it('gives the Friday meeting its day, escapes HTML, says it is planned and groups it under Carney', () => {
    expect(toTimelineJs([fridayMeeting], { title: 'Carney & Xi', groupBy: 'ACTOR' })).toEqual({
      title: { text: { headline: 'Carney &amp; Xi', text: '' } },
      events: [
        {
          unique_id: 'event:carney-xi-meeting-beijing',
          start_date: { year: 2026, month: 1, day: 16 },
          display_date: '16 Jan 2026',
          group: 'Mark Carney',
          text: {
            headline: 'Carney–Xi meeting in Beijing',
            text:
              '<p>Carney will sit down with President Xi Jinping on Friday; China&#39;s tariffs on pork, canola and seafood are expected to be a major topic.</p>' +
              '<p><em>Planned as of the source: not a fact yet.</em></p>' +
              '<blockquote>Carney will spend two days in Beijing meeting with senior communist leaders and will sit down with President Xi Jinping on Friday.</blockquote>' +
              `<p>${SOURCE}</p>`,
          },
        },
      ],
    });
  });

  it('leaves an ongoing tariff without an end, and names where its date comes from', () => {
    expect(toTimelineJs([ongoingTariff], { groupBy: 'TYPE' })).toEqual({
      events: [
        {
          unique_id: 'event:china-tariffs-pork-canola-seafood',
          start_date: { year: 2025, month: 3, day: 8 },
          display_date: 'since 8 Mar 2025',
          group: 'Tariff imposed',
          text: {
            headline: 'China imposes tariffs on Canadian pork, canola and seafood',
            text:
              '<p>Beijing&#39;s heavy tariffs on pork, canola and seafood; still in force.</p>' +
              '<p><em>Ongoing as of the source; no end is known.</em></p>' +
              '<blockquote>A major topic of Carney&#39;s meeting in China will be Beijing&#39;s heavy tariffs on pork, canola and seafood.</blockquote>' +
              `<p>${SOURCE}</p>` +
              '<p>Date from China Announces Retaliatory Tariffs on Some Canada Farm, Food Products (Reuters): Announced on 8 March 2025, in force 20 March 2025.</p>',
          },
        },
      ],
    });
  });

  it('ends an event that lasts on its last day, not on its exclusive end', () => {
    const [slide] = toTimelineJs([apecSummit]).events;
    expect(slide).toMatchObject({
      start_date: { year: 2025, month: 10, day: 31 },
      end_date: { year: 2025, month: 11, day: 1 },
      display_date: '31 Oct – 2 Nov 2025',
    });
  });

  it('keeps the order it is given and one slide per event', () => {
    const { events } = toTimelineJs([relationshipBreakdown, ongoingTariff, fridayMeeting]);
    expect(events.map((slide) => slide.unique_id)).toEqual([
      relationshipBreakdown.id,
      ongoingTariff.id,
      fridayMeeting.id,
    ]);
  });
});
