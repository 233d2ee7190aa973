/**
 * The ingest benchmark's baseline: the loader one writes first, one transaction per fact. The same
 * write queries and row builders as the batched path, so the difference is the transactions alone:
 * a document's sources and actors in one, then each event, each link and each statement in its own,
 * each retiming what it touched. It checks nothing (the batched path checks references), which only
 * flatters the baseline.
 */
import type { QueryRunner } from '../src/db/runner';
import type { PreparedDocument } from '../src/model/prepared';
import { retime, timedIds } from '../src/write/time-network';
import { planWrites } from '../src/write/write-document';

const BARE: Omit<PreparedDocument, 'file' | 'declared' | 'references'> = {
  sources: [],
  actors: [],
  metonyms: [],
  roles: [],
  relations: [],
  events: [],
  eventLinks: [],
  statements: [],
};

/** Writes a document fact by fact; returns how many transactions it took. */
export async function ingestNaively(runner: QueryRunner, doc: PreparedDocument): Promise<number> {
  const part = (facts: Partial<PreparedDocument>): PreparedDocument => ({ ...doc, ...BARE, ...facts });
  const parts = [
    part({
      sources: doc.sources,
      actors: doc.actors,
      metonyms: doc.metonyms,
      roles: doc.roles,
      relations: doc.relations,
    }),
    ...doc.events.map((event) => part({ events: [event] })),
    ...doc.eventLinks.map((link) => part({ eventLinks: [link] })),
    ...doc.statements.map((statement) => part({ statements: [statement] })),
  ];
  for (const fact of parts) {
    await runner.writeTransaction(`naive ${doc.file}`, async (tx) => {
      for (const step of planWrites(fact)) await step.run(tx, 0, step.size);
      await retime(tx, timedIds(fact));
    });
  }
  return parts.length;
}
