import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

// Without `keepRoot` the parser answers with the field's own tree; the guard says so to the compiler.
const isTree = (parsed: ResolveTree | FieldsByTypeName | null | undefined): parsed is ResolveTree =>
  typeof parsed?.name === 'string';

/** What the query selects under this resolver's field (fragments and aliases resolved). */
export function resolveTree(info: GraphQLResolveInfo): ResolveTree | null {
  const tree = parseResolveInfo(info);
  return isTree(tree) ? tree : null;
}

/** True when the query asks for `field` directly under this resolver's field (fragments and aliases included). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const tree = resolveTree(info);
  if (!tree) return false;
  return Object.values(tree.fieldsByTypeName).some((fields) =>
    Object.values(fields).some((selected) => selected.name === field),
  );
}
