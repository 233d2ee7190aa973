/** The explorer's only way to the data: the service's public GraphQL API over HTTP. */

export const GRAPHQL_URL = '/graphql';

/** The database (or the service) cannot answer now; the page shows a banner and retries. */
export class UnavailableError extends Error {}

/** The API answered with errors that retrying will not fix (a bad argument, an unknown id). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const UNAVAILABLE_CODES = new Set(['DATABASE_UNAVAILABLE', 'DATABASE_ERROR']);

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new UnavailableError(`the service does not answer (${String(error)})`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new UnavailableError(`the service answered ${response.status} without GraphQL`);
  }
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    if (code && UNAVAILABLE_CODES.has(code)) throw new UnavailableError(first.message);
    throw new ApiError(first.message, code);
  }
  if (!body.data) throw new UnavailableError(`the service answered ${response.status} without data`);
  return body.data;
}
