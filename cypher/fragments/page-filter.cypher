// page-filter: the WHERE clause an event `e` (its time `b`) passes to be on a timeline page: the
// timeline's filters, its position relative to the anchor (none when $position is 'NONE'), and the keyset.
// @include timeline-filter
// @include around-filter
// @include page-keyset
