// source-admitted: whether the source bound to `s` counts in the asked scope: available by $asOf (an
// undated source always is), among $sources and of $sourceKinds (an empty list does not narrow).
(s.availableAt IS NULL OR s.availableAt <= $asOf) AND (size($sources) = 0 OR s.id IN $sources)
  AND (size($sourceKinds) = 0 OR s.kind IN $sourceKinds)
