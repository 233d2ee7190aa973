import { GraphQLError } from 'graphql';

/** A bad argument: the message names the argument and what is wrong with it. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`no ${what} has the id '${id}'`, { extensions: { code: 'NOT_FOUND', id } });
}
