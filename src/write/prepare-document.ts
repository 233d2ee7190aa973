import { DateTime } from 'luxon';
import { documentSchema, type EventDocument } from '../model/document-schema';
import type { PreparedDocument, PreparedSource } from '../model/prepared';
import { formatPath, type Problem } from '../model/problems';
import type { ActorKind } from '../model/vocabulary';
import { FactChecker } from './fact-checker';

/** Something checked: ready, or refused with every problem found. */
export type Outcome<T> = { prepared: T; problems: [] } | { prepared: null; problems: Problem[] };

/**
 * Checks a parsed document completely and resolves it: schema, its sources, duplicate ids, then every
 * fact by the FactChecker (the same rules a fact written alone meets), with the document's own source as
 * the default evidence and reference time. Returns every problem at once rather than the first.
 */
export function prepareDocument(raw: unknown, file: string): Outcome<PreparedDocument> {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      prepared: null,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const doc = parsed.data;
  const problems: Problem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });

  const reference = referenceOf(doc);
  if (reference && !reference.isValid)
    problem('source.timeZone', `unknown time zone '${doc.source.timeZone}'`);
  const sources = declareSources(doc, problem);
  declareOnce(
    doc.actors.map((a, i) => [a.id, `actors[${i}].id`]),
    problem,
  );
  declareOnce(
    doc.events.map((e, i) => [e.id, `events[${i}].id`]),
    problem,
  );
  declareOnce(
    doc.roles.map((r, i) => [r.id, `roles[${i}].id`]),
    problem,
  );
  declareOnce(
    doc.statements.map((s, i) => [s.id, `statements[${i}].id`]),
    problem,
  );

  const checker = new FactChecker({
    sources,
    defaultSourceId: doc.source.id,
    reference,
    actorKinds: new Map<string, ActorKind>(doc.actors.map((actor) => [actor.id, actor.kind])),
    eventIds: new Set(doc.events.map((event) => event.id)),
  });
  const prepared: PreparedDocument = {
    file,
    sources: [...sources.values()],
    actors: doc.actors.map((actor, i) => checker.actor(actor, `actors[${i}]`)),
    metonyms: doc.metonyms.map((metonym, i) => checker.metonym(metonym, `metonyms[${i}]`)),
    roles: doc.roles.map((role, i) => checker.role(role, `roles[${i}]`)),
    relations: doc.relations.map((relation, i) => checker.relation(relation, `relations[${i}]`)),
    events: doc.events.map((event, i) => checker.event(event, `events[${i}]`)),
    eventLinks: doc.eventLinks.map((link, i) => checker.eventLink(link, `eventLinks[${i}]`)),
    statements: doc.statements.map((statement, i) => checker.statement(statement, `statements[${i}]`)),
    declared: {
      sources: [...sources.keys()],
      actors: doc.actors.map((actor, i) => ({ id: actor.id, kind: actor.kind, path: `actors[${i}]` })),
      events: doc.events.map((event) => event.id),
      statements: doc.statements.map((statement) => statement.id),
    },
    references: checker.references,
  };
  problems.push(...checker.problems);
  return problems.length === 0 ? { prepared, problems: [] } : { prepared: null, problems };
}

/** What the document's relative times resolve against: its reference time, else its publication. */
function referenceOf(doc: EventDocument): DateTime | null {
  const iso = doc.source.referenceTime ?? doc.source.publishedAt;
  return iso ? DateTime.fromISO(iso, { zone: doc.source.timeZone }) : null;
}

function declareSources(
  doc: EventDocument,
  problem: (path: string, message: string) => void,
): Map<string, PreparedSource> {
  const sources = new Map<string, PreparedSource>();
  const all = [
    { source: doc.source, at: 'source' },
    ...doc.externalSources.map((source, i) => ({ source, at: `externalSources[${i}]` })),
  ];
  for (const { source, at } of all) {
    if (sources.has(source.id)) problem(`${at}.id`, `duplicate id '${source.id}'`);
    if (at !== 'source' && source.kind !== 'REFERENCE') {
      problem(`${at}.kind`, 'external sources are REFERENCE sources; an article is a document of its own');
    }
    const availableAt = source.publishedAt ?? (source.capturedAt ? `${source.capturedAt}T00:00:00Z` : null);
    sources.set(source.id, { ...source, availableAt });
  }
  if (!doc.source.text) problem('source.text', "the document's own source needs its full text");
  return sources;
}

function declareOnce(
  entries: Array<[string, string]>,
  problem: (path: string, message: string) => void,
): void {
  const seen = new Map<string, string>();
  for (const [id, path] of entries) {
    const first = seen.get(id);
    if (first) problem(path, `duplicate id '${id}' (first declared at ${first})`);
    else seen.set(id, path);
  }
}
