import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import { exampleTabs } from '../../src/server/playground';

describe('the GraphiQL tabs made from the example operations', () => {
  const tabs = exampleTabs(EXAMPLE_OPERATIONS_FILE);

  it('holds one operation per tab, each runnable on its own, in the order of the file', () => {
    const names = tabs.map(({ query }) => {
      const operations = parse(query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations).toHaveLength(1);
      return operations[0]!.name!.value;
    });
    expect(names.slice(0, 3)).toEqual(['Events2018', 'CertainlyInDecember2018', 'ArticleOnly2018']);
    expect(names).toHaveLength(29);
  });

  it('keeps the comment written above each operation, and not the file header', () => {
    expect(tabs[0]!.query).toMatch(
      /^# What happened in 2018, in order, and how sure each date and each step is: the falling-apart\n# "in 2018" comes after the detention the article says caused it\.\nquery Events2018 \{/,
    );
    expect(tabs[0]!.query).not.toContain('Pick one with');
    expect(tabs[1]!.query.startsWith('# Only what certainly happened in December 2018')).toBe(true);
  });
});
