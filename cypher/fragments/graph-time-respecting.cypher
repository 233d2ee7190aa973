// graph-time-respecting: unless $timeRespecting is false, whether time runs one way along the path from
// `s` through the nodes `n` (a list, the path's nodes after `s`), read from either end: no event or
// statement is certainly before one that comes earlier on it (ends no later than the other can start),
// or else none is certainly after one. So a path and its reverse get the same verdict; actors are
// timeless.
(NOT $timeRespecting
  OR all(i IN range(0, size(n) - 1) WHERE all(j IN range(i + 1, size(n))
    WHERE NOT coalesce(([s] + n)[j].latestEnd <= ([s] + n)[i].earliestStart, false)))
  OR all(i IN range(0, size(n) - 1) WHERE all(j IN range(i + 1, size(n))
    WHERE NOT coalesce(([s] + n)[i].latestEnd <= ([s] + n)[j].earliestStart, false))))
