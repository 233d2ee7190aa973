import {
  escapeLucene,
  luceneQueryProblem,
  luceneWords,
  plainWords,
  plainWordsQuery,
} from '../../../src/search/query-text';

describe('plain search words', () => {
  it('splits at white space, lower-cases, and drops pieces without letters or digits', () => {
    expect(plainWords(`  Xi's "visit"  ( AND OR * && -- `)).toEqual([`xi's`, '"visit"', 'and', 'or']);
    expect(plainWords('( * " )')).toEqual([]);
  });

  it('escapes every character the Lucene query parser treats specially', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
    expect(escapeLucene('canola')).toBe('canola');
  });

  it('weights each field and adds a boosted phrase for several words', () => {
    expect(plainWordsQuery(['prime', 'minister'])).toBe(
      'name:(prime minister)^4 aliases:(prime minister)^3 metonyms:(prime minister)^3 ' +
        'title:(prime minister)^2 speakerTitle:(prime minister)^1.5 description:(prime minister)^1 ' +
        'text:(prime minister)^1 "prime minister"^2',
    );
    expect(plainWordsQuery(['canola'])).toBe(
      'name:(canola)^4 aliases:(canola)^3 metonyms:(canola)^3 title:(canola)^2 speakerTitle:(canola)^1.5 ' +
        'description:(canola)^1 text:(canola)^1',
    );
    expect(plainWordsQuery([])).toBeNull();
  });

  it('leaves no unescaped special character in the terms of hostile text', () => {
    const terms = plainWords('a"b (c) d:e f* g~ h^2 [i TO j] {k} l\\m n/o p&&q r||s !t ?u').map(escapeLucene);
    for (const term of terms) expect(term.replace(/\\./g, '')).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
    expect(plainWordsQuery(plainWords('f* g~'))).toContain('name:(f\\* g\\~)^4');
  });
});

describe('Lucene-syntax helpers', () => {
  it('finds the words of a Lucene query, without operators and field names', () => {
    expect(luceneWords('+canola AND name:"prime minister" NOT Carny~ canol* OR Xi’s')).toEqual([
      'canola',
      'prime',
      'minister',
      'carny',
      'canol',
      'xi’s',
    ]);
  });

  it('recognises Lucene’s parse and lexical errors in a database message, and nothing else', () => {
    const parse =
      'search failed: Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: ' +
      'org.apache.lucene.queryparser.classic.ParseException: Encountered "<EOF>" at line 1, column 1.\n' +
      'Was expecting one of:\n    <NOT> ...';
    expect(luceneQueryProblem(parse)).toBe('Encountered "<EOF>" at line 1, column 1.');
    const lexical =
      'Caused by: org.apache.lucene.queryparser.classic.TokenMgrError: Lexical error at line 1, column 16.  Encountered: <EOF> after prefix "\\"unclosed" (in lexical state 2)';
    expect(luceneQueryProblem(lexical)).toMatch(/^Lexical error at line 1, column 16\./);
    expect(luceneQueryProblem('the database is unavailable (search): connection refused')).toBeNull();
  });
});
