/** The view's state, kept in the URL so that a link reopens the same view. */

export type Lanes = 'actor' | 'type' | 'source';
export type Match = 'POSSIBLY' | 'CERTAINLY';

export interface ViewState {
  /** The window [from, to) as ISO dates (to exclusive). */
  from: string;
  to: string;
  match: Match;
  lanes: Lanes;
  /** As reported on: a day (YYYY-MM-DD), or null for everything published. */
  asOf: string | null;
  /** The selected actor, event or statement. */
  selected: string | null;
  /** The two ends of a path, when picked. */
  pathFrom: string | null;
  pathTo: string | null;
}

export const DEFAULT_STATE: ViewState = {
  from: '2017-01-01',
  to: '2026-07-01',
  match: 'POSSIBLY',
  lanes: 'actor',
  asOf: null,
  selected: null,
  pathFrom: null,
  pathTo: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const day = (name: string, fallback: string | null) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : fallback;
  };
  const lanes = params.get('lanes');
  return {
    from: day('from', DEFAULT_STATE.from)!,
    to: day('to', DEFAULT_STATE.to)!,
    match: params.get('match') === 'CERTAINLY' ? 'CERTAINLY' : 'POSSIBLY',
    lanes: lanes === 'type' || lanes === 'source' ? lanes : 'actor',
    asOf: day('asOf', null),
    selected: params.get('selected'),
    pathFrom: params.get('pathFrom'),
    pathTo: params.get('pathTo'),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state) as Array<[keyof ViewState, string | null]>) {
    if (value !== null && value !== DEFAULT_STATE[key]) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
