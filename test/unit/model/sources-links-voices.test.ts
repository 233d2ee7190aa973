import { DateTime } from 'luxon';
import { EDGE_COSTS, routeCost } from '../../../src/graph/path-ranking';
import { GRAPH_RELATIONSHIP_TYPES } from '../../../src/graph/relationship-types';
import { causeEnd, readLink } from '../../../src/model/link-reading';
import { admits, articleOnly, EVERY_SOURCE, narrows, within } from '../../../src/model/source-scope';
import { voicesOf } from '../../../src/model/voices';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

describe('source scopes', () => {
  const article = { id: 'source:article', kind: 'ARTICLE', availableAt: at('2026-01-14T17:58:00') };
  const teaser = { id: 'source:teaser', kind: 'TEASER', availableAt: at('2025-12-01T00:00:00') };

  it('admits every source when open, and narrows by id, kind and date together', () => {
    expect(narrows(EVERY_SOURCE)).toBe(false);
    expect([article, teaser].every((source) => admits(EVERY_SOURCE, source))).toBe(true);
    const articles = { ...EVERY_SOURCE, kinds: ['ARTICLE'] };
    expect([admits(articles, article), admits(articles, teaser)]).toEqual([true, false]);
    const byDate = { ...EVERY_SOURCE, asOf: at('2026-01-01T00:00:00') };
    expect([admits(byDate, article), admits(byDate, teaser)]).toEqual([false, true]);
    const byId = { ...EVERY_SOURCE, sources: ['source:teaser'], kinds: ['ARTICLE'] };
    expect([admits(byId, article), admits(byId, teaser)]).toEqual([false, false]);
  });

  it("lets a field's own arguments replace the parts of its parent's scope they give", () => {
    const parent = { asOf: at('2026-01-01T00:00:00'), sources: [], kinds: ['ARTICLE'] };
    expect(within(parent, { kinds: ['TEASER'] })).toEqual({ ...parent, kinds: ['TEASER'] });
    expect(within(parent, {})).toEqual(parent);
    expect([articleOnly(parent), articleOnly({ ...parent, kinds: ['ARTICLE', 'TEASER'] })]).toEqual([
      true,
      false,
    ]);
  });
});

describe('links read cause to effect', () => {
  const canada = { id: 'event:canada-tariffs', title: "Canada's tariffs" };
  const china = { id: 'event:china-tariffs', title: "China's tariffs" };

  it('takes the cause from the end each stored type points from', () => {
    expect(['RETALIATION_FOR', 'RESPONSE_TO', 'CAUSED', 'FOLLOWED_BY', 'ENDED_BY'].map(causeEnd)).toEqual([
      'to',
      'to',
      'from',
      'from',
      'from',
    ]);
  });

  it('says a retaliation with the retaliating event first, and whether the words state it', () => {
    expect(
      readLink({
        kind: 'RETALIATION_FOR',
        cause: canada,
        effect: china,
        modality: 'INFERRED',
        cue: 'imposed after',
      }),
    ).toBe('“China\'s tariffs” in retaliation for “Canada\'s tariffs” (inferred from "imposed after")');
    expect(
      readLink({
        kind: 'FOLLOWED_BY',
        cause: canada,
        effect: china,
        modality: 'STATED',
        cue: 'imposed after',
      }),
    ).toBe('“China\'s tariffs” came after “Canada\'s tariffs” (stated: "imposed after")');
  });
});

describe('speaker voices', () => {
  const gov = { kind: 'GOVERNMENT', subtype: 'federal government' };
  const thinkTank = { kind: 'ORGANISATION', subtype: 'think tank' };

  it('reads a person from the bodies they hold roles in, a body from itself', () => {
    expect(voicesOf({ kind: 'PERSON' }, [gov])).toEqual(['OFFICIAL']);
    expect(voicesOf({ kind: 'PERSON' }, [thinkTank, gov])).toEqual(['OFFICIAL', 'EXPERT']);
    expect(voicesOf({ kind: 'PERSON' }, [])).toEqual(['OTHER']);
    expect(voicesOf(gov, [])).toEqual(['GOVERNMENT']);
    expect(voicesOf({ kind: 'ORGANISATION', subtype: 'Newspaper Editorial Board' }, [])).toEqual(['MEDIA']);
    expect(voicesOf({ kind: 'ORGANISATION', subtype: 'choir' }, [])).toEqual(['OTHER']);
  });
});

describe('path ranking', () => {
  it('prices every relationship type a path may cross', () => {
    expect(Object.keys(EDGE_COSTS).sort()).toEqual([...GRAPH_RELATIONSHIP_TYPES].sort());
  });

  it('prefers taking part over being quoted, and a quiet node over a hub', () => {
    const viaMeeting = routeCost(['PARTICIPATED_IN', 'PARTICIPATED_IN'], [{ degree: 4, isStatement: false }]);
    const viaStatement = routeCost(['SAID', 'ABOUT'], [{ degree: 4, isStatement: true }]);
    const viaHub = routeCost(['PARTICIPATED_IN', 'PARTICIPATED_IN'], [{ degree: 60, isStatement: false }]);
    expect(viaMeeting).toBeLessThan(viaHub);
    expect(viaHub).toBeLessThan(viaStatement);
    const viaPlannedMeeting = routeCost(
      ['PARTICIPATED_IN', 'PARTICIPATED_IN'],
      [{ degree: 4, isStatement: false, isFact: false }],
    );
    expect(viaMeeting).toBeLessThan(viaPlannedMeeting);
  });
});
