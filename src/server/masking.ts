import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { DatabaseError } from '../db/runner';
import type { Logger } from '../logger';
import { currentRequestId } from './request-id';

/**
 * What clients see of a failure: a message and a code, never a stack, Cypher or driver text. Database
 * failures keep their code (DATABASE_UNAVAILABLE, DATABASE_TIMEOUT, DATABASE_BUSY, DATABASE_ERROR); anything unforeseen
 * is INTERNAL_SERVER_ERROR. The details go to the log with the request id the response carries.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const requestId = currentRequestId();
    if (original instanceof DatabaseError) {
      logger.warn({ err: original, requestId }, 'Database error during a request');
      return new GraphQLError(databaseMessage(original.code), { extensions: { code: original.code } });
    }
    const masked = maskError(error, message, isDev);
    if (masked !== error) logger.error({ err: original, requestId }, 'Unexpected error during a request');
    return masked;
  };
}

function databaseMessage(code: DatabaseError['code']): string {
  switch (code) {
    case 'DATABASE_UNAVAILABLE':
      return 'the database is unavailable; try again shortly';
    case 'DATABASE_TIMEOUT':
      return 'the database took too long to answer this request (NEO4J_TRANSACTION_TIMEOUT_MS); ask for less';
    case 'DATABASE_BUSY':
      return 'the database had no memory free for this request (too many large questions at once, or one too large); ask for less (fewer hops, a narrower window) or try again shortly';
    default:
      return 'the database could not answer this request';
  }
}
