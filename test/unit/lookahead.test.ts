import { buildSchema, execute, parse, type ExecutionResult, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsInNodes, selectsPath } from '../../resolvers/support/lookahead.js';

const schema = buildSchema(`
  type Query { items: ItemConnection }
  type ItemConnection { nodes: [Item!]! edges: [ItemEdge!]! }
  type ItemEdge { node: Item! }
  type Item { id: ID! detail: Detail }
  type Detail { text: String }
`);

/** What the look-ahead sees from `Query.items` when `document` runs with `variables`; execution reports `errors`. */
function lookahead(document: string, variables: Record<string, unknown> = {}, errors: string[] = []) {
  let seen: { detail: boolean; text: boolean } | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues: variables,
    rootValue: {
      items: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = {
          detail: selectsInNodes(info, ['detail']) !== undefined,
          text: selectsPath(info, ['nodes', 'detail', 'text']) !== undefined,
        };
        const item = { id: '1', detail: null };
        return { nodes: [item], edges: [{ node: item }] };
      },
    },
  });
  expect((result as ExecutionResult).errors?.map((error) => error.message) ?? []).toEqual(errors);
  return seen;
}

describe('look-ahead', () => {
  it('finds a field below nodes or below edges { node }, through fragments', () => {
    expect(lookahead(`{ items { nodes { detail { text } } } }`)).toEqual({ detail: true, text: true });
    expect(lookahead(`{ items { edges { node { detail { text } } } } }`)).toEqual({
      detail: true,
      text: false,
    });
    expect(
      lookahead(`{ items { nodes { ...F } } } fragment F on Item { ... on Item { detail { id: text } } }`),
    ).toEqual({ detail: true, text: true });
    expect(lookahead(`{ items { nodes { id } } }`)).toEqual({ detail: false, text: false });
  });

  it('honours @skip and @include with literals and variables, as execution does', () => {
    const skipped = `query($skip: Boolean!) { items { nodes { detail @skip(if: $skip) { text } } } }`;
    expect(lookahead(skipped, { skip: true })).toEqual({ detail: false, text: false });
    expect(lookahead(skipped, { skip: false })).toEqual({ detail: true, text: true });

    const included = `query($with: Boolean!) { items { edges { node { ...F } } } }
      fragment F on Item { detail @include(if: $with) { text } }`;
    expect(lookahead(included, { with: false })).toEqual({ detail: false, text: false });
    expect(lookahead(included, { with: true })).toEqual({ detail: true, text: false });

    // A variable's default applies when the request leaves it out.
    const defaulted = `query($with: Boolean = false) { items { nodes { ... @include(if: $with) { detail { text } } } } }`;
    expect(lookahead(defaulted)).toEqual({ detail: false, text: false });
    expect(lookahead(defaulted, { with: true })).toEqual({ detail: true, text: true });

    // Both on one field: skipped unless included and not skipped.
    expect(lookahead(`{ items { nodes { detail @include(if: true) @skip(if: true) { text } } } }`)).toEqual({
      detail: false,
      text: false,
    });
    expect(lookahead(`{ items { nodes { detail { text @skip(if: true) } } } }`)).toEqual({
      detail: true,
      text: false,
    });
  });

  it('prefetches nothing under a condition execution cannot read, and leaves the error to execution', () => {
    const nulled = `query($with: Boolean = true) { items { nodes { detail @include(if: $with) { text } } } }`;
    expect(
      lookahead(nulled, { with: null }, ['Argument "if" of non-null type "Boolean!" must not be null.']),
    ).toEqual({
      detail: false,
      text: false,
    });
  });
});
