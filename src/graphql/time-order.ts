/** Best-estimate start, then id: the order of every time-ordered list. */
export function byTimeThenId(
  a: { id: string; start?: { toMillis(): number } | null },
  b: { id: string; start?: { toMillis(): number } | null },
): number {
  const order = (a.start?.toMillis() ?? 0) - (b.start?.toMillis() ?? 0);
  return order !== 0 ? order : a.id.localeCompare(b.id);
}
