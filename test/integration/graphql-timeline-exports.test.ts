import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';
import { tallySeed } from '../support/seed-tally';

jest.setTimeout(60_000);

interface TimelineJsDate {
  year: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
}
interface Slide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group?: string;
}
interface VisItem {
  id: string;
  type: string;
  start: string;
  end?: string;
  group?: string;
  className: string;
}

/** A TimelineJS date as TimelineJS builds it: `new Date(year, month - 1, day, hour, minute)`. */
const asDate = (date: TimelineJsDate) =>
  new Date(
    Number(date.year),
    Number(date.month ?? 1) - 1,
    Number(date.day ?? 1),
    Number(date.hour ?? 0),
    Number(date.minute ?? 0),
  );

/** What TimelineJS needs of a slide to load it, checked as its TimelineConfig and TLDate read it. */
function timelineJsProblems(data: { events: Slide[] }): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const partRanges = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] } as const;
  for (const slide of data.events) {
    const at = slide.unique_id;
    if (typeof at !== 'string' || !at.trim()) problems.push('a slide without unique_id');
    if (seen.has(at)) problems.push(`${at}: unique_id used twice`);
    seen.add(at);
    for (const [name, date] of [
      ['start_date', slide.start_date],
      ['end_date', slide.end_date],
    ] as const) {
      if (date === undefined) {
        if (name === 'start_date') problems.push(`${at}: no start_date`);
        continue;
      }
      if (!Number.isInteger(date.year)) problems.push(`${at}: ${name}.year is not a whole number`);
      for (const [part, [low, high]] of Object.entries(partRanges)) {
        const value = date[part as keyof typeof partRanges];
        if (
          value !== undefined &&
          !(Number.isInteger(value) && Number(value) >= low && Number(value) <= high)
        )
          problems.push(`${at}: ${name}.${part} is ${JSON.stringify(value)}`);
      }
    }
    if (slide.end_date && asDate(slide.end_date) < asDate(slide.start_date))
      problems.push(`${at}: end_date before start_date`);
    if (typeof slide.text?.headline !== 'string' || !slide.text.headline.trim())
      problems.push(`${at}: no headline`);
    if (/<(?!\/?(p|em|blockquote)>)/.test(slide.text.text)) problems.push(`${at}: unescaped markup in text`);
    if (/[<>]/.test(slide.text.headline)) problems.push(`${at}: unescaped markup in headline`);
    if (typeof slide.display_date !== 'string') problems.push(`${at}: display_date is not text`);
  }
  return problems;
}

describe('timeline exports on the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('exports 2018 as TimelineJS and vis-timeline JSON from the timeline query alone', async () => {
    const answer = await ask(`{
      timeline(from: "2018", to: "2019", precisions: [DAY, YEAR]) {
        edges { node { id } }
        timelineJs(title: "Canada and China, 2018")
        visTimeline(groupBy: TYPE)
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.sent.map((query) => query.name)).toEqual(['timeline']);
    const { edges, timelineJs, visTimeline } = answer.data.timeline;
    const ids = edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual([
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
    ]);

    expect(timelineJs.title).toEqual({ text: { headline: 'Canada and China, 2018', text: '' } });
    const slides = timelineJs.events as Slide[];
    expect(slides.map((slide) => slide.unique_id)).toEqual(ids);
    // "In 2018": the year and nothing finer; the arrest is dated to the day; the detention lasts.
    expect(
      slides.map(({ start_date, end_date, display_date }) => ({ start_date, end_date, display_date })),
    ).toEqual([
      { start_date: { year: 2018, month: 12, day: 1 }, display_date: '1 Dec 2018' },
      // "Nearly three years" says its end to the year, not the day: the slide does too.
      {
        start_date: { year: 2018, month: 12, day: 10 },
        end_date: { year: 2021 },
        display_date: '10 Dec 2018 – c. 2021',
      },
      { start_date: { year: 2018 }, display_date: '2018' },
    ]);
    // Provenance: the article's sentence, and the outside reference that dates the arrest.
    expect(slides[0]!.text.text).toContain(
      '<blockquote>Canada&#39;s arrest of a Chinese tech executive in Vancouver on a U.S. extradition warrant</blockquote>',
    );
    expect(slides[0]!.text.text).toContain('Date from Arrest of Meng Wanzhou');

    const items = visTimeline.items as VisItem[];
    expect(items.map(({ id, type, group }) => ({ id, type, group }))).toEqual([
      { id: 'event:meng-wanzhou-arrest', type: 'point', group: 'ARREST' },
      { id: 'event:detention-of-two-canadians', type: 'range', group: 'DETENTION' },
      { id: 'event:detention-of-two-canadians~extent', type: 'background', group: 'DETENTION' },
      { id: 'event:canada-china-relationship-breakdown', type: 'point', group: 'OTHER' },
      { id: 'event:canada-china-relationship-breakdown~extent', type: 'background', group: 'OTHER' },
    ]);
    // The extent is what the words say ("in 2018"); the tightened bounds are the API's `time.tightened`.
    expect(items[4]).toMatchObject({ start: '2018-01-01T00:00:00-05:00', end: '2019-01-01T00:00:00-05:00' });
    expect(visTimeline.groups).toEqual([
      { id: 'ARREST', content: 'Arrest', order: 0 },
      { id: 'DETENTION', content: 'Detention', order: 1 },
      { id: 'OTHER', content: 'Other', order: 2 },
    ]);
  });

  it('gives the whole story TimelineJS can load: dates, headlines, unique ids, escaped text', async () => {
    const answer = await ask(`{ timeline(first: 100) { totalCount timelineJs(groupBy: ACTOR) } }`);
    expect(answer.errors).toBeUndefined();
    const { totalCount, timelineJs } = answer.data.timeline;
    expect(timelineJs.events).toHaveLength(totalCount);
    expect(timelineJs.events.length).toBeGreaterThan(30);
    // The whole story, and nothing but it: every event the seed declares.
    expect(totalCount).toBe(tallySeed().labels.Event);
    expect(timelineJsProblems(timelineJs)).toEqual([]);
    expect(timelineJs.events.every((slide: Slide) => typeof slide.group === 'string')).toBe(true);
  });

  it('never invents an end for an ongoing state', async () => {
    const answer = await ask(`{
      timeline(statuses: [ONGOING], types: [TARIFF_IMPOSED], first: 100) { timelineJs visTimeline }
    }`);
    const slides = answer.data.timeline.timelineJs.events as Slide[];
    const items = answer.data.timeline.visTimeline.items as VisItem[];
    const tariff = 'event:china-tariffs-pork-canola-seafood';
    expect(slides.find((slide) => slide.unique_id === tariff)).toMatchObject({
      start_date: { year: 2025, month: 3, day: 8 },
      display_date: 'since 8 Mar 2025',
    });
    expect(slides.find((slide) => slide.unique_id === tariff)!.end_date).toBeUndefined();
    expect(items.filter((item) => item.id.startsWith(tariff))).toEqual([
      expect.objectContaining({ id: tariff, type: 'point', start: '2025-03-08T00:00:00-05:00' }),
    ]);
    expect(items.find((item) => item.id === tariff)!.end).toBeUndefined();
    expect(items.find((item) => item.id === tariff)!.className).toContain('open-ended');
  });

  it('exports an actor’s timeline and `together`, one row per principal actor', async () => {
    const answer = await ask(`{
      actor(id: "person:xi-jinping") { timeline(from: "2025-10", to: "2026-02") { visTimeline(groupBy: ACTOR) } }
      together(actors: ["person:mark-carney", "person:xi-jinping"]) { timelineJs(groupBy: ACTOR) }
    }`);
    expect(answer.errors).toBeUndefined();
    const vis = answer.data.actor.timeline.visTimeline;
    const meeting = vis.items.find((item: VisItem) => item.id === 'event:carney-xi-meeting-beijing');
    // Carney is the meeting's AGENT, Xi its COUNTERPART: the meeting sits in Carney's row.
    expect(meeting).toMatchObject({
      type: 'point',
      group: 'person:mark-carney',
      start: '2026-01-16T00:00:00-05:00',
    });
    expect(meeting.className).toContain('status-planned');
    expect(vis.groups.map((group: { id: string }) => group.id)).toContain('person:mark-carney');
    const slides = answer.data.together.timelineJs.events as Slide[];
    expect(slides.map((slide) => slide.unique_id)).toEqual(
      expect.arrayContaining(['event:carney-xi-meeting-apec', 'event:carney-xi-meeting-beijing']),
    );
    expect(timelineJsProblems(answer.data.together.timelineJs)).toEqual([]);
  });
});
