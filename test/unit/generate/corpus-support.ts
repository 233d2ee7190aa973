import { generateCorpus, type GeneratedDocument } from '../../../src/generate/corpus';
import { deriveTimes, type NetworkEventLink } from '../../../src/model/derived-time';
import type { PreparedDocument } from '../../../src/model/prepared';
import { prepareDocument } from '../../../src/write/prepare-document';

/** A corpus in memory: fine for the few thousand events a unit test looks at. */
export function corpus(events: number, seed: number): GeneratedDocument[] {
  return [...generateCorpus({ events, seed })];
}

/** Through the real schema and FactChecker, as ingest reads a file (a JSON round trip first). */
export function prepare(generated: GeneratedDocument): {
  prepared: PreparedDocument | null;
  problems: string[];
} {
  const raw: unknown = JSON.parse(JSON.stringify(generated.document));
  const outcome = prepareDocument(raw, generated.document.source.id);
  return { prepared: outcome.prepared, problems: outcome.problems.map((p) => `${p.path}: ${p.message}`) };
}

/** The time network a document makes on its own, as `ingest --check` lays it out, without a database. */
export function contradictionsOf(doc: PreparedDocument): string[] {
  const kinds = new Map(doc.sources.map((source) => [source.id, source.kind]));
  const linkOf = (
    from: string,
    type: string,
    to: string,
    evidence: PreparedDocument['events'][number]['evidence'],
    modality: string | null,
  ) =>
    ({
      from,
      type,
      to,
      sourceId: evidence.sourceId,
      sourceKind: kinds.get(evidence.sourceId) ?? null,
      outsideArticle: evidence.outsideArticle,
      sentence: evidence.sentence,
      note: evidence.note,
      modality,
    }) satisfies NetworkEventLink;
  const links = [
    ...doc.eventLinks.map((link) => linkOf(link.from, link.type, link.to, link.evidence, link.modality)),
    ...doc.events.flatMap((event) =>
      event.partOf ? [linkOf(event.id, 'PART_OF', event.partOf, event.evidence, null)] : [],
    ),
  ];
  const events = doc.events.map((event) => ({ id: event.id, title: event.title, claims: event.time.claims }));
  return deriveTimes(events, links).contradictions.map((c) => c.explanation);
}
