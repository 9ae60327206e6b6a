import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as GraphqlJit from 'graphql-jit';

const compiles = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof GraphqlJit>();
  return {
    ...original,
    compileQuery: (...args: Parameters<typeof original.compileQuery>) => {
      compiles.count += 1;
      if (compiles.fail) throw new Error('cannot compile this');
      return original.compileQuery(...args);
    },
  };
});

const { jitGateway } = await import('../../server/jit.js');

const schema = makeExecutableSchema({
  typeDefs: `type Query { items(first: Int!): [Item!]! broken: Item! }
             type Item { id: ID! twice: Int! }`,
  resolvers: {
    Query: {
      items: (_root: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_, i) => ({ id: `i${i}`, n: i })),
      broken: () => null,
    },
    Item: { twice: async (item: { n: number }) => item.n * 2 },
  },
});

async function executorOf(compileAfter: number): Promise<GatewayExecutor> {
  const gateway = jitGateway(schema, { compileAfter });
  gateway.onSchemaLoadOrUpdate(() => undefined);
  const { executor } = await gateway.load({ apollo: {} });
  if (!executor) throw new Error('no executor');
  return executor;
}

/** The parts of Apollo's request context the executor reads. */
function requestOf(
  document: DocumentNode,
  operationName?: string,
  variables?: Record<string, unknown>,
): GatewayGraphQLRequestContext {
  const operation = getOperationAST(document, operationName) ?? undefined;
  return {
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    request: { operationName, variables },
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

describe('execution through graphql-jit', () => {
  beforeEach(() => {
    compiles.count = 0;
    compiles.fail = false;
  });

  it('runs an operation the compiler throws on through graphql-js, and does not try to compile it again', async () => {
    const execute = await executorOf(0);
    compiles.fail = true;
    const document = parse('{ items(first: 1) { id } }');
    expect(await execute(requestOf(document))).toEqual({ data: { items: [{ id: 'i0' }] } });
    expect(await execute(requestOf(document))).toEqual({ data: { items: [{ id: 'i0' }] } });
    expect(compiles.count).toBe(1);
  });

  it('compiles an operation only after it ran compileAfter times, with the same answer before and after', async () => {
    const execute = await executorOf(2);
    const document = parse('query Q($n: Int!) { items(first: $n) { id twice } }');
    const answers: unknown[] = [];
    for (let i = 0; i < 4; i += 1) answers.push(await execute(requestOf(document, 'Q', { n: 3 })));
    expect(compiles.count).toBe(1);
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toBe(true);
    expect(answers[0]).toEqual({
      data: {
        items: [
          { id: 'i0', twice: 0 },
          { id: 'i1', twice: 2 },
          { id: 'i2', twice: 4 },
        ],
      },
    });
  });

  it('never compiles a document sent once', async () => {
    const execute = await executorOf(1);
    await execute(requestOf(parse('{ items(first: 1) { id } }')));
    await execute(requestOf(parse('{ items(first: 1) { id } }')));
    expect(compiles.count).toBe(0);
  });

  it("reports a caller's bad variable as graphql-js does, naming its definition (Apollo's 400 BAD_USER_INPUT)", async () => {
    const execute = await executorOf(0);
    const document = parse('query Q($n: Int!) { items(first: $n) { id } }');
    const answer = await execute(requestOf(document, 'Q', { n: 'three' }));
    expect(compiles.count).toBe(1);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "three"/);
    expect(answer.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('reports an unknown operation name instead of running the only operation', async () => {
    const execute = await executorOf(0);
    const answer = await execute(requestOf(parse('query A { items(first: 1) { id } }'), 'Nope'));
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toBe('Unknown operation named "Nope".');
  });

  it('propagates a null in a non-null field to the nearest nullable parent, with the error and its path', async () => {
    const execute = await executorOf(0);
    const answer = await execute(requestOf(parse('{ broken { id } }')));
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.path).toEqual(['broken']);
    expect(answer.errors?.[0]?.message).toMatch(/Cannot return null for non-nullable field Query.broken/);
  });
});
