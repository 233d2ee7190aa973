// actor-mentions: where sources mention the actor bound to `a` (each mention with its source), as a list.
[(s:Source)-[m:MENTIONS]->(a) | m {.*, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}]
