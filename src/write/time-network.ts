import { queries } from '../db/queries';
import type { QueryTransaction } from '../db/runner';
import {
  deriveTimes,
  type NetworkEvent,
  type NetworkEventLink,
  type StoredContradiction,
} from '../model/derived-time';
import { claimsFromJson } from '../model/time-claims';
import type { StoredBasisProps } from '../model/stored-time';
import type { PreparedDocument } from '../model/prepared';

/** What the time network stored, for the events written and those tied to them. */
export interface Retimed {
  props: Map<string, StoredBasisProps>;
  contradictions: StoredContradiction[];
}

/** The stored events and links tied by time to `ids`, as the network reads them. */
export async function readNetwork(
  tx: Pick<QueryTransaction, 'run'>,
  ids: string[],
): Promise<{ events: NetworkEvent[]; links: NetworkEventLink[] }> {
  const [row] = (await tx.run(queries.timeNetwork, { ids })).rows;
  const events = (row?.events ?? []).flatMap((event) =>
    event.timeClaims
      ? [{ id: event.id, title: event.title, claims: claimsFromJson(event.timeClaims, event.id) }]
      : [],
  );
  return { events, links: row?.links ?? [] };
}

/**
 * Re-derives the times of every event tied to `ids` (after they were written, in the same transaction)
 * and stores them: a new link or a new date can tighten events far from the one written.
 */
export async function retime(tx: Pick<QueryTransaction, 'run'>, ids: string[]): Promise<Retimed> {
  if (ids.length === 0) return { props: new Map(), contradictions: [] };
  const { events, links } = await readNetwork(tx, ids);
  const derived = deriveTimes(events, links);
  if (derived.events.length > 0) await tx.run(queries.timeNetworkWrite, { rows: derived.events });
  return {
    props: new Map(derived.events.map((event) => [event.id, event.props])),
    contradictions: derived.contradictions,
  };
}

/** The events whose times a document can change: those it declares, links or places inside another. */
export function timedIds(doc: PreparedDocument): string[] {
  return [
    ...new Set([
      ...doc.events.flatMap((event) => [event.id, ...(event.partOf ? [event.partOf] : [])]),
      ...doc.eventLinks.flatMap((link) => [link.from, link.to]),
    ]),
  ];
}

/**
 * The network a document would make, without writing it (`ingest --check`): the stored events tied to
 * it, with the document's events and links laid over them, and the contradictions that would follow.
 */
export async function checkNetwork(
  tx: Pick<QueryTransaction, 'run'>,
  doc: PreparedDocument,
): Promise<StoredContradiction[]> {
  const stored = await readNetwork(tx, timedIds(doc));
  const kinds = new Map(doc.sources.map((source) => [source.id, source.kind]));
  const events = new Map(stored.events.map((event) => [event.id, event]));
  for (const event of doc.events)
    events.set(event.id, { id: event.id, title: event.title, claims: event.time.claims });
  const linkOf = (
    from: string,
    type: string,
    to: string,
    evidence: PreparedDocument['eventLinks'][number]['evidence'],
    modality: string | null,
  ) => ({
    from,
    type,
    to,
    sourceId: evidence.sourceId,
    sourceKind: kinds.get(evidence.sourceId) ?? null,
    outsideArticle: evidence.outsideArticle,
    sentence: evidence.sentence,
    note: evidence.note,
    modality,
  });
  const fresh = [
    ...doc.eventLinks.map((link) => linkOf(link.from, link.type, link.to, link.evidence, link.modality)),
    ...doc.events.flatMap((event) =>
      event.partOf ? [linkOf(event.id, 'PART_OF', event.partOf, event.evidence, null)] : [],
    ),
  ];
  const key = (link: NetworkEventLink) => `${link.from} ${link.type} ${link.to}`;
  const links = new Map([...stored.links, ...fresh].map((link) => [key(link), link]));
  return deriveTimes([...events.values()], [...links.values()]).contradictions;
}
