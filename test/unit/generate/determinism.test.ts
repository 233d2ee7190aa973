import { generateCorpus } from '../../../src/generate/corpus';
import { generateDocument } from '../../../src/generate/document';
import { Random } from '../../../src/generate/random';
import { World } from '../../../src/generate/world';
import { corpus } from './corpus-support';

const bytes = (events: number, seed: number) => corpus(events, seed).map((g) => JSON.stringify(g.document));

describe('the generator is deterministic', () => {
  it('gives byte-identical documents for the same size and seed', () => {
    expect(bytes(3000, 42)).toEqual(bytes(3000, 42));
  });

  it('gives another corpus for another seed', () => {
    const [a, b] = [bytes(500, 1), bytes(500, 2)];
    expect(a[0]).not.toEqual(b[0]);
  });

  it('rebuilds any document from its plan alone, without the ones before it', () => {
    const all = corpus(2000, 9);
    const third = all[2]!;
    const alone = generateDocument(new World(2000), {
      seed: 9,
      index: third.index,
      events: third.events,
      teaser: third.document.source.kind === 'TEASER',
    });
    expect(JSON.stringify(alone)).toBe(JSON.stringify(third.document));
  });

  it('streams: the first document of a million-event corpus comes without generating the rest', () => {
    const started = process.hrtime.bigint();
    const first = generateCorpus({ events: 1_000_000, seed: 1 }).next();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(first.done).toBe(false);
    expect(ms).toBeLessThan(2000);
  });

  it('never uses Math.random, and gives the same bytes whatever the clock says', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(0);
    const early = bytes(300, 5);
    now.mockReturnValue(4_102_444_800_000); // 2100
    expect(bytes(300, 5)).toEqual(early);
    random.mockRestore();
    now.mockRestore();
  });

  it('draws the same numbers from the same seed tuple, others from another', () => {
    const draw = (...seed: number[]) => {
      const random = new Random(...seed);
      return [random.next(), random.next(), random.int(1, 6)];
    };
    expect(draw(1, 2)).toEqual(draw(1, 2));
    expect(draw(1, 2)).not.toEqual(draw(2, 1));
  });
});
