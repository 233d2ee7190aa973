// graph-step: the relationship `r` and the node `n` one undirected step from `m` in a neighbourhood,
// as the graph queries may take it (fragments graph-step-relationship, graph-step-node): of $types, with
// $bySource stated by the `admitted` sources (fragment admitted-sources), through live actors, events
// and statements only (retracted ones keep their relationships), inside the window, with $factsOnly no
// event that is not a fact. `centre` is exempt from the node filters, whatever its time and status.
MATCH (m)-[r WHERE
    // @include graph-step-relationship
  ]-(n:Actor|Event|Statement WHERE n = centre OR (
    // @include graph-step-node
  ))
