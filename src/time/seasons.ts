import type { DateTime } from 'luxon';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Northern-hemisphere meteorological seasons: each starts on the 1st of this month and lasts 3 months. */
const START_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** ISO 8601-2 / EDTF level-2 northern-hemisphere season codes. */
export const EDTF_SEASON_CODE: Record<Season, number> = { spring: 25, summer: 26, autumn: 27, winter: 28 };

const SEASON_WORDS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

export const SEASON_PATTERN = Object.keys(SEASON_WORDS).join('|');

export function parseSeason(word: string): Season | undefined {
  return SEASON_WORDS[word.toLowerCase()];
}

/** Season `year` is the year the season starts in: winter 2025 is Dec 2025 – Feb 2026. */
export function seasonStart(season: Season, year: number, like: DateTime): DateTime {
  return like.set({ year, month: START_MONTH[season], day: 1 }).startOf('day');
}

export function seasonEnd(start: DateTime): DateTime {
  return start.plus({ months: 3 });
}

export interface SeasonOf {
  season: Season;
  year: number;
  start: DateTime;
}

export function seasonContaining(dt: DateTime): SeasonOf {
  const m = dt.month;
  const season: Season =
    m >= 3 && m <= 5 ? 'spring' : m >= 6 && m <= 8 ? 'summer' : m >= 9 && m <= 11 ? 'autumn' : 'winter';
  const year = m <= 2 ? dt.year - 1 : dt.year;
  return { season, year, start: seasonStart(season, year, dt) };
}

export function seasonLabel(dt: DateTime): string {
  const { season, year } = seasonContaining(dt);
  return season === 'winter'
    ? `winter ${year}–${String((year + 1) % 100).padStart(2, '0')}`
    : `${season} ${year}`;
}

export function seasonEdtf(dt: DateTime): string {
  const { season, year } = seasonContaining(dt);
  return `${String(year).padStart(4, '0')}-${EDTF_SEASON_CODE[season]}`;
}
