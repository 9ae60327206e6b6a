import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Look-ahead for prefetching: whether the query selects a field some levels below the one being
 * resolved. A parent whose children need only an id it already has (a job's units, a reader
 * study's answers) can then start their upstream reads together with its own instead of one round
 * trip later — the critical path of the query, not just its call count.
 *
 * Fields under @skip or @include are judged as graphql-js executes them (its own
 * `getDirectiveValues`, variables included): a field excluded by a directive is never prefetched.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): FieldNode | undefined {
  let level: FieldNode[] = [...info.fieldNodes];
  let found: FieldNode | undefined;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const field of level) childFields(field.selectionSet, info, next);
    level = next.filter((field) => field.name.value === name);
    found = level[0];
    if (!found) return undefined;
  }
  return found;
}

/**
 * `selectsPath` below a connection's nodes, whichever way the query reaches them: `nodes { …path }`
 * or `edges { node { …path } }`.
 */
export function selectsInNodes(info: GraphQLResolveInfo, path: readonly string[]): FieldNode | undefined {
  return selectsPath(info, ['nodes', ...path]) ?? selectsPath(info, ['edges', 'node', ...path]);
}

/** Whether a selected field sets an argument (e.g. `after`: the first page is then not the one read). */
export function hasArgument(field: FieldNode, name: string): boolean {
  return field.arguments?.some((argument) => argument.name.value === name) ?? false;
}

function childFields(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out: FieldNode[],
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (!included(selection, info)) continue;
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) childFields(selection.selectionSet, info, out);
    else childFields(info.fragments[selection.name.value]?.selectionSet, info, out);
  }
}

/**
 * graphql-js's own rule (its `shouldIncludeNode`): out under `@skip(if: true)` or `@include(if: false)`.
 * A condition it cannot read (`$v = true` sent as null) throws there; here it only means "do not
 * prefetch" — execution reports the error itself when it reaches the field.
 */
function included(selection: SelectionNode, info: GraphQLResolveInfo): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false;
  } catch {
    return false;
  }
}
