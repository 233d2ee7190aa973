import type { DateTime } from 'luxon';
import { granularityOf, type FuzzyTime, type Precision } from './fuzzy-time';
import { seasonEdtf } from './seasons';
import { shapeOf, type Endpoint } from './shape';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** EDTF for the unit of `precision` containing `dt`; decades use the unspecified digit ("201X"). */
export function edtfAt(dt: DateTime, precision: Precision): string {
  switch (granularityOf(precision)) {
    case 'instant':
      return dt.toISO({ suppressMilliseconds: true }) ?? '';
    case 'day':
      return `${pad(dt.year, 4)}-${pad(dt.month)}-${pad(dt.day)}`;
    case 'week': {
      // EDTF has no week: the week's first and last day.
      const monday = dt.startOf('week');
      return `${edtfAt(monday, 'day')}/${edtfAt(monday.plus({ days: 6 }), 'day')}`;
    }
    case 'quarter':
      // EDTF level 2 sub-year groupings: 33-36 are the first to fourth quarters.
      return `${pad(dt.year, 4)}-${32 + dt.quarter}`;
    case 'month':
      return `${pad(dt.year, 4)}-${pad(dt.month)}`;
    case 'season':
      return seasonEdtf(dt);
    case 'year':
      return pad(dt.year, 4);
    case 'decade':
      return `${pad(Math.floor(dt.year / 10), 3)}X`;
  }
}

function endpoint(e: Endpoint): string {
  return edtfAt(e.at, e.precision) + (e.approximate ? '~' : '');
}

/** ISO 8601-2 / EDTF form of `f`: a single unit, an interval "a/b", or an open interval "a/..". */
export function toEdtf(f: FuzzyTime): string {
  const shape = shapeOf(f);
  switch (shape.kind) {
    case 'unit':
      return edtfAt(shape.at, shape.precision);
    case 'part': {
      const unit = edtfAt(shape.unit, shape.precision);
      const day = edtfAt(shape.day, 'day');
      return shape.side === 'from' ? `${day}/${unit}` : `${unit}/${day}`;
    }
    case 'range':
      return `${endpoint(shape.from)}/${endpoint(shape.to)}`;
    case 'open':
      return `${endpoint(shape.from)}/..`;
  }
}
