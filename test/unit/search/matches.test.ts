import { lightStem, searchMatches } from '../../../src/search/matches';

describe('search matches', () => {
  it('stems possessives, plurals and common verb endings', () => {
    expect(
      ['Xi’s', "Canada's", 'tariffs', 'arrested', 'meeting', 'policies', 'class', 'canola'].map(lightStem),
    ).toEqual(['xi', 'canada', 'tariff', 'arrest', 'meet', 'policy', 'class', 'canola']);
  });

  it('finds an actor through an alias, a metonym and an office title', () => {
    const government = {
      name: 'Government of Canada',
      aliases: ['Ottawa', 'Liberal government'],
      metonyms: ['Ottawa'],
      roles: [],
      description: 'The federal government.',
    };
    expect(searchMatches('Actor', government, ['ottawa'])).toEqual([
      { field: 'ALIAS', value: 'Ottawa', words: ['ottawa'] },
      { field: 'METONYM', value: 'Ottawa', words: ['ottawa'] },
    ]);
    const carney = { name: 'Mark Carney', aliases: [], metonyms: null, roles: [{ title: 'prime minister' }] };
    expect(searchMatches('Actor', carney, ['prime', 'minister', 'moon'])).toEqual([
      { field: 'ROLE_TITLE', value: 'prime minister', words: ['prime', 'minister'] },
    ]);
  });

  it('compares words without case, quotes or endings, and reports them as searched', () => {
    const event = { title: 'China imposes tariffs on Canadian pork', description: "the 'disruptive' tariff" };
    expect(searchMatches('Event', event, ['"Tariff"', 'disruptive'])).toEqual([
      { field: 'TITLE', value: 'China imposes tariffs on Canadian pork', words: ['"Tariff"'] },
      { field: 'DESCRIPTION', value: "the 'disruptive' tariff", words: ['"Tariff"', 'disruptive'] },
    ]);
  });

  it('reads statements by text and speaker title, sources by title, and nothing of unknown types', () => {
    const statement = { text: 'disruptive global power', speakerTitle: 'Prime Minister' };
    expect(searchMatches('Statement', statement, ['minister'])).toEqual([
      { field: 'SPEAKER_TITLE', value: 'Prime Minister', words: ['minister'] },
    ]);
    expect(searchMatches('Source', { title: 'Carney in Beijing', text: 'Carney' }, ['carney'])).toEqual([
      { field: 'TITLE', value: 'Carney in Beijing', words: ['carney'] },
    ]);
    expect(searchMatches('Role', { title: 'carney' }, ['carney'])).toEqual([]);
  });
});
