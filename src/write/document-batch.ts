import type { PreparedDocument, ReferenceNeeds } from '../model/prepared';

/**
 * Several prepared documents as one write: their facts side by side, what any of them declares
 * declared for all (so one may refer to what another in the batch declares), and as references only
 * what none of them declares. Written in one transaction, a batch is all or nothing, like a document:
 * loading many small documents this way costs a few queries per batch instead of per document.
 */
export function batchDocuments(docs: PreparedDocument[]): PreparedDocument {
  if (docs.length === 0) throw new Error('a batch needs at least one document');
  if (docs.length === 1) return docs[0]!;
  const declared = {
    sources: docs.flatMap((doc) => doc.declared.sources),
    actors: docs.flatMap((doc) => doc.declared.actors),
    events: docs.flatMap((doc) => doc.declared.events),
    statements: docs.flatMap((doc) => doc.declared.statements),
  };
  const actorIds = new Set(declared.actors.map((actor) => actor.id));
  const eventIds = new Set(declared.events);
  return {
    file: `${docs[0]!.file} and ${docs.length - 1} more`,
    sources: docs.flatMap((doc) => doc.sources),
    actors: docs.flatMap((doc) => doc.actors),
    metonyms: docs.flatMap((doc) => doc.metonyms),
    roles: docs.flatMap((doc) => doc.roles),
    relations: docs.flatMap((doc) => doc.relations),
    events: docs.flatMap((doc) => doc.events),
    eventLinks: docs.flatMap((doc) => doc.eventLinks),
    statements: docs.flatMap((doc) => doc.statements),
    declared,
    references: {
      actors: undeclared(docs, 'actors', actorIds),
      events: undeclared(docs, 'events', eventIds),
    },
  };
}

/** Each id the batch refers to and declares nowhere, with every path (document and field) naming it. */
function undeclared(docs: PreparedDocument[], kind: keyof ReferenceNeeds, declared: Set<string>) {
  const needs = new Map<string, string[]>();
  for (const doc of docs) {
    for (const [id, paths] of doc.references[kind]) {
      if (declared.has(id)) continue;
      needs.set(id, [...(needs.get(id) ?? []), ...paths.map((at) => `${doc.file}: ${at}`)]);
    }
  }
  return needs;
}
