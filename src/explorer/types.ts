/** Shapes of the API's answers to the explorer's operations (queries.ts). */

export interface TimeSpan {
  expression: string;
  label: string;
  precision: string;
  start: string;
  end: string | null;
  earliestStart: string;
  latestStart: string;
  earliestEnd: string | null;
  latestEnd: string | null;
  outsideArticle: boolean;
  note: string | null;
  source: { id: string; title: string; url: string | null } | null;
}

export interface SourceInfo {
  id: string;
  kind: 'ARTICLE' | 'TEASER' | 'REFERENCE';
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  capturedAt: string | null;
  availableAt: string | null;
  url: string | null;
}

export interface TimelineEvent {
  id: string;
  title: string;
  type: string;
  status: string;
  isFact: boolean;
  time: TimeSpan;
  participants: Array<{
    role: string;
    actor: { id: string; name: string; kind: string; subtype: string | null };
  }>;
  causes: Array<{ type: string; event: { id: string } }>;
  evidence: Array<{ aspect: string | null; source: SourceInfo }>;
}

export interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

export interface Evidence {
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
  aspect: string | null;
  source: SourceInfo & { text: string | null };
}

export interface StatementInfo {
  id: string;
  kind: string;
  text: string;
  speakerTitle?: string | null;
  speaker?: { id: string; name: string };
  time: { label: string };
  evidence: Evidence[];
}

interface Linked {
  type: string;
  event: { id: string; title: string; time: { label: string } };
  evidence: { sentence: string | null };
}

export interface EventDetails {
  id: string;
  title: string;
  description: string | null;
  type: string;
  status: string;
  isFact: boolean;
  time: TimeSpan;
  place: { id: string; name: string } | null;
  participants: Array<{
    role: string;
    mentionedAs: string | null;
    actor: { id: string; name: string; kind: string };
  }>;
  partOf: { id: string; title: string } | null;
  parts: Array<{ id: string; title: string }>;
  causes: Linked[];
  consequences: Linked[];
  statements: StatementInfo[];
  evidence: Evidence[];
}

export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  subtype: string | null;
  aliases: string[];
  metonyms: string[];
  description: string | null;
  roles: Array<{ title: string; organisation: { id: string; name: string }; time: { label: string } | null }>;
  relationships: Array<{
    type: string;
    direction: string;
    term: string | null;
    other: { id: string; name: string };
  }>;
  timeline: {
    edges: Array<{ node: { id: string; title: string; status: string; time: { label: string } } }>;
  };
  statementsMade: { edges: Array<{ node: StatementInfo }> };
  mentions: Evidence[];
}

export interface StatementDetails {
  id: string;
  kind: string;
  text: string;
  speakerTitle: string | null;
  speaker: { id: string; name: string };
  spokeFor: { id: string; name: string } | null;
  time: TimeSpan;
  about: Array<{ id: string; name?: string; title?: string }>;
  evidence: Evidence[];
}

export interface CyElement {
  data: Record<string, string | number>;
  classes?: string;
}

export interface CyElements {
  nodes: CyElement[];
  edges: CyElement[];
}

export interface PathAnswer {
  length: number;
  timeRespecting: boolean;
  nodes: Array<{ id: string; label: string }>;
  edges: Array<{ id: string }>;
  cytoscape: CyElements;
}

export type SearchHit =
  | { __typename: 'Actor'; id: string; name: string; kind: string }
  | { __typename: 'Event'; id: string; title: string; time: { label: string } }
  | { __typename: 'Statement'; id: string; text: string; speaker: { id: string; name: string } }
  | { __typename: 'Source'; id: string; title: string };
