/** What a PROFILE says about a query: its work in db hits and rows, and how its window seeks. */
import type { ProfiledPlan } from 'neo4j-driver';

export const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
export const rowsRead = (plan: ProfiledPlan): number =>
  (/Seek|Scan/.test(plan.operatorType) ? plan.rows : 0) +
  plan.children.reduce((sum, child) => sum + rowsRead(child), 0);
/** Every index seek on an earliest start that ran has a lower and an upper bound (null: none ran). */
export function seeksAreTwoSided(plan: ProfiledPlan): boolean | null {
  const seeks: string[] = [];
  const walk = (p: ProfiledPlan) => {
    // Only seeks that ran: a plan also holds the access path it did not take.
    if (/IndexSeek/.test(p.operatorType) && p.dbHits > 0) seeks.push(String(p.arguments.Details ?? ''));
    p.children.forEach(walk);
  };
  walk(plan);
  const windowSeeks = seeks.filter((details) => /EarliestStart/.test(details));
  if (windowSeeks.length === 0) return null;
  return windowSeeks.every((details) => />=|>/.test(details) && /</.test(details));
}
