import fs from 'node:fs';
import path from 'node:path';
import { seedFiles } from '../../src/ingest/seed';
import { projectRoot } from '../../src/project-root';
import type { TestDocument } from './documents';

export const SEED_DIR = path.join(projectRoot(), 'seed');

const KIND_LABELS: Record<string, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  GOVERNMENT: 'Government',
  ORGANISATION: 'Organisation',
  PLACE: 'Place',
  SECTOR: 'Sector',
};

/**
 * What the seed documents declare, counted straight from the files, independently of the ingest code:
 * the node count per label and the relationship count per type that loading them must produce.
 */
export function tallySeed(): {
  ids: string[];
  labels: Record<string, number>;
  relationships: Record<string, number>;
} {
  const documents = seedFiles(SEED_DIR).map(
    (file) => JSON.parse(fs.readFileSync(file, 'utf8')) as TestDocument,
  );
  const nodes = new Map<string, string[]>();
  const rels = new Map<string, Set<string>>();
  const rel = (type: string, key: string) =>
    (rels.get(type) ?? rels.set(type, new Set()).get(type)!).add(key);

  for (const doc of documents) {
    const own = doc.source.id as string;
    const src = (evidence: TestDocument) => (evidence.source as string | undefined) ?? own;
    for (const source of [doc.source, ...(doc.externalSources ?? [])]) nodes.set(source.id, ['Source']);
    for (const actor of doc.actors ?? []) {
      nodes.set(actor.id, ['Actor', KIND_LABELS[actor.kind]!]);
      if (actor.evidence) rel('MENTIONS', `${src(actor.evidence)}|${actor.id}`);
    }
    for (const m of doc.metonyms ?? []) rel('METONYM_FOR', `${m.place}|${m.term}|${m.standsFor}`);
    for (const role of doc.roles ?? []) rel('HELD_ROLE', role.id);
    for (const r of doc.relations ?? []) rel(r.type, `${r.from}|${r.to}`);
    for (const event of doc.events ?? []) {
      nodes.set(event.id, ['Event']);
      for (const p of event.participants) rel('PARTICIPATED_IN', `${p.actor}|${p.role}|${event.id}`);
      if (event.place) rel('TOOK_PLACE_IN', `${event.id}|${event.place}`);
      for (const sector of event.sectors ?? []) rel('AFFECTED', `${event.id}|${sector}`);
      if (event.partOf) rel('PART_OF', `${event.id}|${event.partOf}`);
      rel('SUPPORTED_BY', `${event.id}|event|${src(event.evidence)}`);
      for (const claim of [event.time, ...(event.timeClaims ?? [])])
        if (claim.evidence) rel('SUPPORTED_BY', `${event.id}|time|${src(claim.evidence)}`);
    }
    for (const link of doc.eventLinks ?? []) rel(link.type, `${link.from}|${link.to}`);
    for (const st of doc.statements ?? []) {
      nodes.set(st.id, ['Statement']);
      rel('SAID', `${st.speaker}|${st.id}`);
      if (st.speakerAffiliation) rel('SPOKE_FOR', `${st.id}|${st.speakerAffiliation}`);
      for (const target of st.about ?? []) rel('ABOUT', `${st.id}|${target}`);
      rel('SUPPORTED_BY', `${st.id}|statement|${src(st.evidence)}`);
      for (const claim of [st.said, ...(st.timeClaims ?? [])])
        if (claim.evidence) rel('SUPPORTED_BY', `${st.id}|time|${src(claim.evidence)}`);
    }
  }
  const labels: Record<string, number> = {};
  for (const nodeLabels of nodes.values())
    for (const label of nodeLabels) labels[label] = (labels[label] ?? 0) + 1;
  const relationships = Object.fromEntries([...rels].map(([type, keys]) => [type, keys.size]));
  return { ids: [...nodes.keys()], labels, relationships };
}
