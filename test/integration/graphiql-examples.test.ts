import fs from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

const text = fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8');
const names = parse(text)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

describe('the example operations GraphiQL opens with', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it.each(names)('%s runs as it stands and finds something', async (operationName) => {
    const response = await ask(text, {}, operationName);
    expect(response.errors).toBeUndefined();
    const [first] = Object.values(response.data as Record<string, unknown>) as Array<{
      edges?: unknown[];
    } | null>;
    expect(first).not.toBeNull();
    expect(first?.edges ?? ['not a list']).not.toHaveLength(0);
  });
});
