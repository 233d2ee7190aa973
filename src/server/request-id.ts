import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from './limits';

export const REQUEST_ID_HEADER = 'x-request-id';

/** The request id of the HTTP request being served, for logs deep in the call (errors, database). */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A caller's own id is kept when it is short and plain (so it can be logged as it is); else a new one. */
export function pickRequestId(offered: string | null | undefined): string {
  return offered && SAFE_ID.test(offered) ? offered : randomUUID();
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

type ResultWithErrors = { errors?: readonly GraphQLError[] };

export function withRequestId<T extends ResultWithErrors>(result: T, requestId: string): T {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const json = typeof error.toJSON === 'function' ? error.toJSON() : error;
      return { ...json, extensions: { ...json.extensions, requestId } };
    }),
  };
}

/**
 * Every response carries its request id in the `x-request-id` header, and every error in
 * `extensions.requestId`; the log lines of that request carry it too.
 */
const ids = new WeakMap<Request, string>();

/** The id of a GraphQL request: the HTTP request's (see `requestScope`), else the caller's, else new. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = currentRequestId() ?? pickRequestId(request.headers.get(REQUEST_ID_HEADER));
    ids.set(request, id);
  }
  return id;
}

export function requestIdPlugin(): Plugin {
  const idOf = requestIdOf;
  return {
    onRequest({ request }) {
      idOf(request);
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      const setResult = (next: typeof result) => payload.setResult(next);
      const id = idOf(request);
      if (Array.isArray(result)) setResult(result.map((one) => withRequestId(one, id)));
      else if (!isAsyncIterable(result)) setResult(withRequestId(result, id));
    },
    onResponse({ request, response }) {
      response.headers.set(REQUEST_ID_HEADER, idOf(request));
    },
  };
}
