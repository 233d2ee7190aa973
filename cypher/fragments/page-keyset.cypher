    // The key (earliest start on the basis, depth in the stated order, id) past the keyset $cursor, in the
    // page's direction: equal starts go cause first.
    AND ((NOT $backward AND (b.earliestStart > $cursor.start OR (b.earliestStart = $cursor.start
        AND (b.depth > $cursor.depth OR (b.depth = $cursor.depth AND e.id > $cursor.id)))))
      OR ($backward AND (b.earliestStart < $cursor.start OR (b.earliestStart = $cursor.start
        AND (b.depth < $cursor.depth OR (b.depth = $cursor.depth AND e.id < $cursor.id))))))
