/**
 * The benchmark's operations: each asked of this service, and of the Neo4j GraphQL Library as the
 * closest equivalent it can answer (or why it has none). Ids come from the loaded corpus
 * (bench/cypher/bench-anchors.cypher), so every size asks the same kind of question.
 */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface BenchOperation {
  key: string;
  label: string;
  ours: GraphQLRequest;
  peer: GraphQLRequest | null;
  /** How the peer's question differs from ours, or why it has no equivalent. */
  peerNote: string;
}

export interface Anchors {
  busy: { id: string; events: number };
  quiet: { id: string; events: number };
  partner: { id: string; events: number };
  chainEnd: string;
  /** The chain end's earliest start, ISO: the peer cannot place "before" by itself. */
  chainEndStart: string;
}

const PAGE = 20;

const OUR_PAGE = `edges { node { id title participants { actor { name } } } }`;
const PEER_PAGE = `id title participants { name }`;

const ourWindow = `query Window($from: PartialDate, $to: PartialDate) {
  timeline(from: $from, to: $to, match: POSSIBLY, first: ${PAGE}) { ${OUR_PAGE} }
}`;
// An open-ended event (no latest end) overlaps every later window, as in ours.
const peerWindow = `query Window($from: DateTime!, $to: DateTime!) {
  events(
    where: { derivedEarliestStart: { lt: $to }, OR: [{ derivedLatestEnd: { gt: $from } }, { derivedLatestEnd: { eq: null } }] }
    sort: [{ derivedStart: ASC }]
    limit: ${PAGE}
  ) { ${PEER_PAGE} }
}`;

function window(key: string, label: string, from: string, to: string, toExclusive: string): BenchOperation {
  return {
    key,
    label,
    ours: { query: ourWindow, variables: { from, to } },
    peer: { query: peerWindow, variables: { from: `${from}T00:00:00Z`, to: `${toExclusive}T00:00:00Z` } },
    peerNote: 'events overlapping the window (or open-ended), by derived start',
  };
}

export function benchOperations(anchors: Anchors): BenchOperation[] {
  return [
    window('window-early', 'narrow window, early (a week in 1995)', '1995-03-06', '1995-03-12', '1995-03-13'),
    window('window-late', 'narrow window, late (a week in 2029)', '2029-03-05', '2029-03-11', '2029-03-12'),
    window('window-wide', 'wide window (the year 2018)', '2018-01-01', '2018-12-31', '2019-01-01'),
    {
      key: 'busy-actor',
      label: `busy actor's timeline (${anchors.busy.id}, ${anchors.busy.events} events)`,
      ours: {
        query: `query Busy($actor: ID!) { timeline(actors: [$actor], first: ${PAGE}) { ${OUR_PAGE} } }`,
        variables: { actor: anchors.busy.id },
      },
      peer: {
        query: `query Busy($actor: ID!) {
  events(where: { participants: { some: { id: { eq: $actor } } } }, sort: [{ derivedStart: ASC }], limit: ${PAGE}) { ${PEER_PAGE} }
}`,
        variables: { actor: anchors.busy.id },
      },
      peerNote: 'events with a participant of that id, by derived start',
    },
    {
      key: 'two-actors',
      label: `events with two given actors (${anchors.busy.id}, ${anchors.partner.id})`,
      ours: {
        query: `query Together($actors: [ID!]!) { together(actors: $actors, first: ${PAGE}) { ${OUR_PAGE} } }`,
        variables: { actors: [anchors.busy.id, anchors.partner.id] },
      },
      peer: {
        query: `query Together($a: ID!, $b: ID!) {
  events(
    where: { AND: [{ participants: { some: { id: { eq: $a } } } }, { participants: { some: { id: { eq: $b } } } }] }
    sort: [{ derivedStart: ASC }]
    limit: ${PAGE}
  ) { ${PEER_PAGE} }
}`,
        variables: { a: anchors.busy.id, b: anchors.partner.id },
      },
      peerNote: 'events with participants of both ids, by derived start',
    },
    {
      key: 'before-event',
      label: `before an event (${anchors.chainEnd})`,
      ours: {
        query: `query Before($event: ID!) {
  around(event: $event, position: BEFORE, first: ${PAGE}) { edges { node { id title } relation { possible certain } } }
}`,
        variables: { event: anchors.chainEnd },
      },
      peer: {
        query: `query Before($start: DateTime!) {
  events(where: { derivedLatestEnd: { lte: $start } }, sort: [{ derivedStart: DESC }], limit: ${PAGE}) { id title }
}`,
        variables: { start: anchors.chainEndStart },
      },
      peerNote:
        "events that end before the anchor's earliest start, which the client must fetch first (not timed); no possible/certain order, no stated causes",
    },
    {
      key: 'causal-chain',
      label: `causal chain, three CAUSED links back (${anchors.chainEnd})`,
      ours: {
        query: `query Chain($event: ID!) {
  causalChain(event: $event, depth: 3, types: [CAUSED]) { links { depth cause { id title } effect { id } evidence { sentence } } }
}`,
        variables: { event: anchors.chainEnd },
      },
      peer: {
        query: `query Chain($event: ID!) {
  events(where: { id: { eq: $event } }) { id causes { id title causes { id title causes { id title } } } }
}`,
        variables: { event: anchors.chainEnd },
      },
      peerNote:
        'three nested levels of causes (no link evidence: the library reads no relationship sentences here)',
    },
    {
      key: 'shortest-path',
      label: `shortest path between two actors (${anchors.quiet.id} to ${anchors.partner.id})`,
      ours: {
        query: `query Path($source: ID!, $target: ID!) {
  shortestPath(source: $source, target: $target) { length nodes { id label } edges { source type target } }
}`,
        variables: { source: anchors.quiet.id, target: anchors.partner.id },
      },
      peer: null,
      peerNote:
        'no equivalent: the library has no path queries (a @cypher field would be our Cypher, not the library)',
    },
    {
      key: 'neighbourhood',
      label: `depth-2 neighbourhood (${anchors.quiet.id})`,
      ours: {
        query: `query Around($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id label distance } edges { id label } } }`,
        variables: { id: anchors.quiet.id },
      },
      peer: {
        query: `query Around($id: ID!) { actors(where: { id: { eq: $id } }) { id name events { id title participants { id name } } } }`,
        variables: { id: anchors.quiet.id },
      },
      peerNote:
        'participations only, two hops (actor, its events, their participants); ours follows every fact type',
    },
    {
      key: 'search',
      label: 'full-text search ("tariffs")',
      ours: {
        query: `query Search($text: String!) { search(text: $text, first: ${PAGE}) { edges { score node { id ... on Event { title } } } } }`,
        variables: { text: 'tariffs' },
      },
      peer: {
        query: `query Search($phrase: String!) { eventsByTitle(phrase: $phrase, first: ${PAGE}) { edges { score node { id title } } } }`,
        variables: { phrase: 'tariffs' },
      },
      peerNote:
        'event titles only, on the same full-text index; ours searches actors, statements and sources too',
    },
  ];
}
