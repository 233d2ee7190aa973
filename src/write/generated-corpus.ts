import type { QueryRunner } from '../db/runner';
import type { GeneratedDocument } from '../generate/corpus';
import { parseDocument } from '../ingest/read-document';
import type { PreparedDocument } from '../model/prepared';
import { batchDocuments } from './document-batch';
import { ingestDocument } from './write-document';

export interface CorpusIngest {
  documents: number;
  events: number;
  /** Time contradictions stored (kept and flagged, as ingest keeps them). */
  contradictions: number;
}

/**
 * Streams generated documents through the ingest path: each checked on its own, as `npm run ingest`
 * checks a file, then written together with the next ones in one transaction of about `batchEvents`
 * events (whole documents). `onBatch` hears each batch that lands, for progress bars.
 */
export async function ingestGenerated(
  runner: QueryRunner,
  corpus: Iterable<GeneratedDocument>,
  batchEvents: number,
  onBatch: (events: number, documentsSoFar: number) => void = () => undefined,
): Promise<CorpusIngest> {
  const done: CorpusIngest = { documents: 0, events: 0, contradictions: 0 };
  const batch: PreparedDocument[] = [];
  let pendingEvents = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const report = await ingestDocument(runner, batchDocuments(batch));
    done.contradictions += report.timeContradictions.length;
    done.documents += batch.length;
    done.events += pendingEvents;
    onBatch(pendingEvents, done.documents);
    batch.length = 0;
    pendingEvents = 0;
  };
  for (const generated of corpus) {
    batch.push(parseDocument(generated.document, generated.document.source.id));
    pendingEvents += generated.events;
    if (pendingEvents >= batchEvents) await flush();
  }
  await flush();
  return done;
}
