import type { EventDocument } from '../model/document-schema';
import { generateDocument } from './document';
import { Random } from './random';
import { World } from './world';

export interface CorpusOptions {
  /** Total events, exactly. */
  events: number;
  seed: number;
}

export interface GeneratedDocument {
  index: number;
  document: EventDocument;
  events: number;
}

/** Articles hold 20-100 events (the last may hold fewer); one document in ten is a teaser of 1-4. */
const ARTICLE_EVENTS: [number, number] = [20, 100];
const TEASER_EVENTS: [number, number] = [1, 4];
const TEASER_SHARE = 0.1;

/**
 * The corpus as a lazy stream of documents: only the document being written is in memory (and the
 * cast, which grows with the corpus size, not with what was written), so a million events stream in
 * constant memory. Sizes come from a stream of their own, so document k is the same whatever the
 * consumer does with the ones before it.
 */
export function* generateCorpus({ events, seed }: CorpusOptions): Generator<GeneratedDocument> {
  if (!Number.isSafeInteger(events) || events < 0) throw new RangeError('events must be a whole number');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError('seed must be 0-4294967295');
  const world = new World(events);
  const sizes = new Random(seed, 0x53495a45);
  let written = 0;
  for (let index = 1; written < events; index++) {
    const teaser = sizes.chance(TEASER_SHARE);
    const [low, high] = teaser ? TEASER_EVENTS : ARTICLE_EVENTS;
    const count = Math.min(sizes.int(low, high), events - written);
    const document = generateDocument(world, { seed, index, events: count, teaser });
    written += count;
    yield { index, document, events: count };
  }
}
