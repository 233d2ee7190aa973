import { GraphQLError } from 'graphql';

/** A bad argument: the message names the argument and what is wrong with it. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(what: string, id: string, detail = ''): GraphQLError {
  return new GraphQLError(`no ${what} has the id '${id}'${detail}`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}

/** Mutations answer this while the ENABLE_MUTATIONS lock is off (it is on by default). */
export function mutationsDisabled(): GraphQLError {
  return new GraphQLError(
    'mutations are disabled on this server; they are enabled by starting it with ENABLE_MUTATIONS=true (the default)',
    { extensions: { code: 'MUTATIONS_DISABLED', variable: 'ENABLE_MUTATIONS' } },
  );
}

/**
 * Refused input with every problem located (`extensions.problems`). NOT_FOUND when every problem is an
 * unknown id, else BAD_USER_INPUT. The message names the first problem and how many follow.
 */
export function refused(
  argument: string,
  problems: Array<{ path: string; message: string; code?: string }>,
): GraphQLError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: see extensions.problems)` : '';
  const unknownIds = problems.every((problem) => problem.code === 'UNKNOWN_ID');
  return new GraphQLError(`${first?.path || argument}: ${first?.message}${more}; nothing was written`, {
    extensions: {
      code: unknownIds ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      argument,
      problems: problems.map(({ path, message }) => ({ path, message })),
    },
  });
}
