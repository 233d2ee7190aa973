/** One thing wrong with a document, located by its path in the file ("events[3].participants[0].actor"). */
export interface Problem {
  path: string;
  message: string;
  /** Set when the problem is an id that is neither declared nor stored (the API answers NOT_FOUND). */
  code?: 'UNKNOWN_ID';
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** A document refused before anything was written; lists every problem found. */
export class DocumentRejectedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file} was refused, nothing was written (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  ${problem.path || '(document)'}: ${problem.message}`).join('\n'),
    );
    this.name = 'DocumentRejectedError';
  }
}
