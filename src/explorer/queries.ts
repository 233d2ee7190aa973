/** The GraphQL operations the explorer sends; every one is plain public API. */

const TIME = `expression label precision start end earliestStart latestStart earliestEnd latestEnd outsideArticle note
  source { id title url }`;

const SOURCE = 'id kind title publisher publishedAt capturedAt availableAt url';

export const TIMELINE = `query ExplorerTimeline($from: PartialDate, $to: PartialDate, $match: TimeMatch, $asOf: PartialDate, $after: String) {
  timeline(from: $from, to: $to, match: $match, asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title type status isFact
      time { ${TIME} }
      participants { role actor { id name kind subtype } }
      causes { type event { id } }
      evidence { aspect source { ${SOURCE} } }
    } }
  }
}`;

export const WINDOW_IDS = `query ExplorerWindow($from: PartialDate, $to: PartialDate, $match: TimeMatch, $asOf: PartialDate, $after: String) {
  timeline(from: $from, to: $to, match: $match, asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;

export const TIMELINE_JS = `query ExplorerTimelineJs($from: PartialDate, $to: PartialDate, $match: TimeMatch, $asOf: PartialDate, $after: String) {
  timeline(from: $from, to: $to, match: $match, asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    timelineJs(title: "Event-timeline graph", groupBy: ACTOR)
  }
}`;

const EVIDENCE = `sentence charStart charEnd outsideArticle note aspect source { ${SOURCE} text }`;

export const EVENT_DETAILS = `query ExplorerEvent($id: ID!) {
  event(id: $id) {
    id title description type status isFact
    time { ${TIME} }
    place { id name }
    participants { role mentionedAs actor { id name kind } }
    partOf { id title }
    parts { id title }
    causes { type event { id title time { label } } evidence { sentence } }
    consequences { type event { id title time { label } } evidence { sentence } }
    statements { id kind text speakerTitle speaker { id name } time { label } evidence { ${EVIDENCE} } }
    evidence { ${EVIDENCE} }
  }
}`;

export const ACTOR_DETAILS = `query ExplorerActor($id: ID!, $asOf: PartialDate) {
  actor(id: $id, asOf: $asOf) {
    id name kind subtype aliases metonyms description
    roles { title organisation { id name } time { label } }
    relationships { type direction term other { id name } }
    timeline(first: 100) { edges { node { id title status time { label } } } }
    statementsMade(first: 20) { edges { node { id kind text time { label } evidence { ${EVIDENCE} } } } }
    mentions { ${EVIDENCE} }
  }
}`;

export const STATEMENT_DETAILS = `query ExplorerStatement($id: ID!) {
  statement(id: $id) {
    id kind text speakerTitle speaker { id name } spokeFor { id name }
    time { ${TIME} }
    about { id ... on Actor { name } ... on Event { title } }
    evidence { ${EVIDENCE} }
  }
}`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 60) { truncated cytoscape }
}`;

export const PATHS = `query ExplorerPaths($source: ID!, $target: ID!) {
  shortest: shortestPath(source: $source, target: $target, maxHops: 6) {
    length timeRespecting nodes { id label } edges { id } cytoscape
  }
  forward: shortestPath(source: $source, target: $target, maxHops: 6, timeRespecting: true) {
    length timeRespecting nodes { id label } edges { id } cytoscape
  }
}`;

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 10) {
    edges { node {
      __typename id
      ... on Actor { name kind }
      ... on Event { title time { label } }
      ... on Statement { text speaker { id name } }
      ... on Source { title }
    } }
  }
}`;
