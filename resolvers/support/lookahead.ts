import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Look-ahead for prefetching: whether the query selects a field some levels below the one being
 * resolved. A parent whose children need only an id it already has (a job's units, a reader
 * study's answers) can then start their upstream reads together with its own instead of one round
 * trip later — the critical path of the query, not just its call count.
 *
 * AST kinds only (no instanceof: graphql may be loaded twice, CJS and ESM). Fields under @skip or
 * @include are honoured; a field excluded by a directive is never prefetched.
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
    if (!included(selection.directives, info)) continue;
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) childFields(selection.selectionSet, info, out);
    else childFields(info.fragments[selection.name.value]?.selectionSet, info, out);
  }
}

function included(directives: FieldNode['directives'], info: GraphQLResolveInfo): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((arg) => arg.name.value === 'if');
    const value = argument?.value;
    let condition: unknown;
    if (value?.kind === Kind.BOOLEAN) condition = value.value;
    else if (value?.kind === Kind.VARIABLE) condition = info.variableValues[value.name.value];
    if (name === 'skip' && condition === true) return false;
    if (name === 'include' && condition !== true) return false;
  }
  return true;
}
