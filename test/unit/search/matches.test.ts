import type { StoredRole } from '../../../src/model/stored';
import { lightStem, searchMatches } from '../../../src/search/matches';

describe('search matches', () => {
  it('stems possessives, plurals and common verb endings', () => {
    expect(
      ['Xi’s', "Canada's", 'tariffs', 'arrested', 'meeting', 'policies', 'class', 'canola'].map(lightStem),
    ).toEqual(['xi', 'canada', 'tariff', 'arrest', 'meet', 'policy', 'class', 'canola']);
  });

  it('finds an actor through an alias, a metonym and an office title', () => {
    const government = {
      id: 'government:canada',
      kind: 'GOVERNMENT',
      name: 'Government of Canada',
      aliases: ['Ottawa', 'Liberal government'],
      metonyms: ['Ottawa'],
      roles: [],
      description: 'The federal government.',
    };
    expect(searchMatches({ typename: 'Actor', node: government }, ['ottawa'])).toEqual([
      { field: 'ALIAS', value: 'Ottawa', words: ['ottawa'] },
      { field: 'METONYM', value: 'Ottawa', words: ['ottawa'] },
    ]);
    const carney = {
      id: 'person:mark-carney',
      kind: 'PERSON',
      name: 'Mark Carney',
      aliases: [],
      metonyms: null,
      // Only the title matters to matches; the rest of the role is left out.
      roles: [{ title: 'prime minister' } as StoredRole],
    };
    expect(searchMatches({ typename: 'Actor', node: carney }, ['prime', 'minister', 'moon'])).toEqual([
      { field: 'ROLE_TITLE', value: 'prime minister', words: ['prime', 'minister'] },
    ]);
  });

  it('compares words without case, quotes or endings, and reports them as searched', () => {
    const event = {
      id: 'event:pork',
      type: 'TARIFF_IMPOSED',
      status: 'HAPPENED',
      title: 'China imposes tariffs on Canadian pork',
      description: "the 'disruptive' tariff",
    };
    expect(searchMatches({ typename: 'Event', node: event }, ['"Tariff"', 'disruptive'])).toEqual([
      { field: 'TITLE', value: 'China imposes tariffs on Canadian pork', words: ['"Tariff"'] },
      { field: 'DESCRIPTION', value: "the 'disruptive' tariff", words: ['"Tariff"', 'disruptive'] },
    ]);
  });

  it('reads statements by text and speaker title, sources by title', () => {
    const statement = {
      id: 'statement:x',
      kind: 'QUOTE',
      text: 'disruptive global power',
      speakerTitle: 'Prime Minister',
    };
    expect(searchMatches({ typename: 'Statement', node: statement }, ['minister'])).toEqual([
      { field: 'SPEAKER_TITLE', value: 'Prime Minister', words: ['minister'] },
    ]);
    expect(
      searchMatches(
        {
          typename: 'Source',
          node: { id: 'source:x', kind: 'ARTICLE', title: 'Carney in Beijing', text: 'Carney' },
        },
        ['carney'],
      ),
    ).toEqual([{ field: 'TITLE', value: 'Carney in Beijing', words: ['carney'] }]);
  });
});
