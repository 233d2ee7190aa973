/**
 * A reason the service cannot start that the user can fix. Printed as one line: the cause, then the fix.
 */
export class StartupError extends Error {
  constructor(
    readonly cause_: string,
    readonly fix: string,
  ) {
    super(`${cause_}. Fix: ${fix}`);
    this.name = 'StartupError';
  }
}
