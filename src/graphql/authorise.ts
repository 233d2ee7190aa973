import { GraphQLError } from 'graphql';

/** What a caller may do; `write` includes `read`. */
export type Role = 'read' | 'write';

/** Who sent the request, as authentication found it. `anonymous` has no credential. */
export interface Caller {
  role: Role | 'anonymous';
  /** A name for logs and the rate limit (`key:analyst`, `jwt:alice`, `ip:127.0.0.1`); never a secret. */
  id: string;
  /** Whether an anonymous caller may read (ANONYMOUS_READS). */
  anonymousReads?: boolean;
}

export const ANONYMOUS: Caller = { role: 'anonymous', id: 'anonymous', anonymousReads: true };

/** Throws UNAUTHENTICATED without a credential that grants `role`, FORBIDDEN with one of a lesser role. */
export function requireRole(caller: Caller, role: Role): void {
  if (caller.role === 'write' || caller.role === role) return;
  if (caller.role === 'anonymous') {
    if (role === 'read' && caller.anonymousReads) return;
    throw new GraphQLError(
      `this needs an API key or token with the '${role}' role; send it as 'Authorization: Bearer <key>'`,
      { extensions: { code: 'UNAUTHENTICATED', requiredRole: role } },
    );
  }
  throw new GraphQLError(
    `the credential '${caller.id}' has the '${caller.role}' role; this needs '${role}'. Nothing was written`,
    { extensions: { code: 'FORBIDDEN', requiredRole: role, role: caller.role } },
  );
}
