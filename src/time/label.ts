import type { DateTime } from 'luxon';
import { granularityOf, type FuzzyTime, type Precision } from './fuzzy-time';
import { seasonLabel } from './seasons';
import { shapeOf, type Endpoint } from './shape';
import { sameUnit } from './units';

// Fixed English abbreviations: ICU month names vary by locale and version ("Sep" vs "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const month = (dt: DateTime) => MONTHS[dt.month - 1] ?? '';
const pad = (n: number) => String(n).padStart(2, '0');
const dayMonth = (dt: DateTime) => `${dt.day} ${month(dt)}`;

function clock(dt: DateTime): string {
  const base = `${pad(dt.hour)}:${pad(dt.minute)}`;
  return dt.second === 0 && dt.millisecond === 0 ? base : `${base}:${pad(dt.second)}`;
}

/** Label of the unit of `precision` containing `dt`: "14 Jan 2026", "Jan 2026", "spring 2025", "2010s". */
export function labelAt(dt: DateTime, precision: Precision): string {
  switch (granularityOf(precision)) {
    case 'instant':
      return `${dayMonth(dt)} ${dt.year}, ${clock(dt)}`;
    case 'day':
      return `${dayMonth(dt)} ${dt.year}`;
    case 'week':
      return `week of ${dayMonth(dt.startOf('week'))} ${dt.startOf('week').year}`;
    case 'quarter':
      return `Q${dt.quarter} ${dt.year}`;
    case 'month':
      return `${month(dt)} ${dt.year}`;
    case 'season':
      return seasonLabel(dt);
    case 'year':
      return String(dt.year);
    case 'decade':
      return `${Math.floor(dt.year / 10) * 10}s`;
  }
}

function endpoint(e: Endpoint): string {
  return (e.approximate ? 'c. ' : '') + labelAt(e.at, e.precision);
}

function compact(a: Endpoint, b: Endpoint): string | null {
  if (a.approximate || b.approximate || a.precision !== b.precision) return null;
  const p = granularityOf(a.precision);
  const x = a.at;
  const y = b.at;
  if (sameUnit(x, y, p)) return labelAt(x, p);
  const sameYear = x.year === y.year;
  switch (p) {
    case 'day':
      if (sameYear && x.month === y.month) return `${x.day}–${y.day} ${month(y)} ${y.year}`;
      return sameYear ? `${dayMonth(x)} – ${dayMonth(y)} ${y.year}` : null;
    case 'month':
      return sameYear ? `${month(x)}–${month(y)} ${y.year}` : null;
    case 'year':
    case 'decade':
      return `${labelAt(x, p)}–${labelAt(y, p)}`;
    case 'instant':
      return sameUnit(x, y, 'day') ? `${labelAt(x, p)}–${clock(y)}` : null;
    case 'season':
    case 'week':
    case 'quarter':
      return null;
  }
}

/** Human label: "spring 2025", "14 Jan 2026", "14–16 Jan 2026", "2018 – c. 2021", "2026 from 14 Jan". */
export function formatLabel(f: FuzzyTime): string {
  // A window is somewhere inside the span, never the span itself; one still running began somewhere in
  // it ("since within 14 Jan 1996 – 14 Jan 2026").
  if (f.precision === 'window' && shapeOf(f).kind === 'open') {
    return `since within ${labelAt(f.earliestStart, 'day')} – ${labelAt(f.latestStart, 'day')}`;
  }
  const label = shapeLabel(f);
  return f.precision === 'window' ? `within ${label}` : label;
}

function shapeLabel(f: FuzzyTime): string {
  const shape = shapeOf(f);
  switch (shape.kind) {
    case 'unit':
      return labelAt(shape.at, shape.precision);
    case 'part':
      return `${labelAt(shape.unit, shape.precision)} ${shape.side === 'from' ? 'from' : 'up to'} ${dayMonth(shape.day)}`;
    case 'range':
      return compact(shape.from, shape.to) ?? `${endpoint(shape.from)} – ${endpoint(shape.to)}`;
    case 'open':
      return `since ${endpoint(shape.from)}`;
  }
}
