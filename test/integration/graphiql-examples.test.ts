import fs from 'node:fs';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

const text = fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8');
const operations = parse(text).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const names = operations.map((operation) => operation.name!.value);
/** Mutation examples run with mutations on, so each must be a dry run: the seed stays untouched. */
const mutations = operations.filter((operation) => operation.operation === OperationTypeNode.MUTATION);

describe('the example operations GraphiQL opens with', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) =>
    mutations.some((operation) => operation.name!.value === args[2])
      ? graphqlClient(story.runner, { mutationsEnabled: true })(...args)
      : story.ask(...args);

  it('has mutation examples that only check (dryRun: true), so running them writes nothing', () => {
    for (const operation of mutations) {
      for (const selection of operation.selectionSet.selections) {
        const dryRun =
          selection.kind === Kind.FIELD &&
          selection.arguments?.find((argument) => argument.name.value === 'dryRun');
        expect(dryRun && dryRun.value.kind === Kind.BOOLEAN && dryRun.value.value).toBe(true);
      }
    }
  });

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
