import type { Random } from './random';

/**
 * Draws ranks 0..size-1 with probability proportional to 1/(rank+1)^exponent: a few actors in a large
 * share of the events and a long tail seen once or twice, as in news. The cumulative weights are built
 * once per population (a Float64Array, 8 bytes a rank) and each draw is a binary search.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    readonly exponent: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError('a Zipf population needs at least one rank');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = total;
    }
  }

  /** The share of draws that land on `rank`. */
  share(rank: number): number {
    const before = rank === 0 ? 0 : this.cumulative[rank - 1]!;
    return (this.cumulative[rank]! - before) / this.cumulative[this.size - 1]!;
  }

  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.size - 1]!;
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** A rank other than those in `taken` (redrawn; the population is always larger than `taken`). */
  drawExcept(random: Random, taken: ReadonlySet<number>): number {
    for (let attempt = 0; attempt < 64; attempt++) {
      const rank = this.draw(random);
      if (!taken.has(rank)) return rank;
    }
    for (let rank = 0; rank < this.size; rank++) if (!taken.has(rank)) return rank;
    throw new RangeError('every rank of the population is taken');
  }
}
