import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArenaJobModel } from '../../datasources/arena/index.js';
import type { WatchEvent } from '../../datasources/core/watch/index.js';
import type { GatewayContext } from '../../resolvers/index.js';
import { listEvents, type SubscriptionEvent } from '../../resolvers/subscriptions.js';
import { nodeId } from '../../resolvers/support/globalId.js';
import type { JobModel } from '../../resolvers/support/models.js';
import { subscribeDeduplicated } from '../../server/subscriptions/execute.js';
import { graphql } from '../../server/subscriptions/graphql.js';

function job(id: number, status: ArenaJobModel['status'] = 'RUNNING'): ArenaJobModel {
  return {
    platform: 'ARENA',
    __typename: 'ArenaJob',
    nativeId: String(id),
    url: null,
    title: 'kmeans',
    status,
    platformStatus: status.toLowerCase(),
    algorithm: 'kmeans',
    params: {},
    datasetId: 'iris',
    roundId: null,
    groupName: null,
    owner: 'student',
    worker: null,
    createdAt: '2024-01-01T00:00:00Z',
    startedAt: null,
    updatedAt: '2024-01-01T00:00:00Z',
    completedAt: null,
    success: null,
    scoreTest: null,
    scoreValidation: null,
    extraScoresTest: null,
    extraScoresValidation: null,
    message: null,
    labels: null,
    pictures: [],
  };
}

/** A watch stream the test feeds by hand, one list poll at a time. */
function feed<T>() {
  const pending: Array<IteratorResult<WatchEvent<T>>> = [];
  let waiting: ((result: IteratorResult<WatchEvent<T>>) => void) | undefined;
  const push = (result: IteratorResult<WatchEvent<T>>) => {
    const resolve = waiting;
    waiting = undefined;
    if (resolve) resolve(result);
    else pending.push(result);
  };
  const stream: AsyncIterableIterator<WatchEvent<T>> = {
    next: () => {
      const result = pending.shift();
      if (result) return Promise.resolve(result);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]: () => stream,
  };
  return {
    stream,
    poll: (value: T) => push({ value: { kind: 'value', value, final: false }, done: false }),
    end: () => push({ value: undefined, done: true }),
  };
}

/** Everything a stream yields until it ends. */
async function drain<T>(stream: AsyncIterator<T>): Promise<T[]> {
  const values: T[] = [];
  for (;;) {
    const result = await stream.next();
    if (result.done) return values;
    values.push(result.value);
  }
}

const describeEvent = (event: SubscriptionEvent) =>
  event.kind === 'value' ? `value ${event.value.nativeId}` : `${event.kind} ${event.key}`;

describe('jobsUpdated per-subscriber state', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('forgets jobs that left the watched page: its memory is bounded by the page, not by every job listed', async () => {
    const watch = feed<JobModel[]>();
    const seen = new Map<string, string>();
    const events = listEvents(watch.stream, undefined, seen);
    // A page of 3 most recent jobs sliding over 500 polls: 502 jobs pass through it.
    const sizes: number[] = [];
    for (let poll = 0; poll < 500; poll += 1) {
      watch.poll([job(poll + 2), job(poll + 1), job(poll)]);
      // Each poll after the first: the new job in, the oldest forgotten.
      const expected = poll === 0 ? 3 : 2;
      for (let index = 0; index < expected; index += 1) await events.next();
      sizes.push(seen.size);
    }
    expect(Math.max(...sizes)).toBe(3);
    expect([...seen.keys()].sort()).toEqual([job(499), job(500), job(501)].map(nodeId).sort());
    watch.end();
    expect(await drain(events)).toEqual([]);
  });

  it('emits new and changed jobs only, a forget for each job that left, and a job that comes back as new', async () => {
    const watch = feed<JobModel[]>();
    const events = listEvents(watch.stream, new Set(['RUNNING', 'QUEUED'] as const));
    watch.poll([job(1), job(2), job(3, 'SUCCEEDED')]);
    watch.poll([job(1), job(2, 'QUEUED'), job(3, 'SUCCEEDED')]);
    watch.poll([job(2, 'QUEUED'), job(3, 'SUCCEEDED')]);
    watch.poll([job(1), job(2, 'QUEUED'), job(3, 'SUCCEEDED')]);
    watch.end();
    expect((await drain(events)).map(describeEvent)).toEqual([
      // First poll: the matching jobs (3 has another status).
      'value 1',
      'value 2',
      // Job 2 changed.
      'value 2',
      // Job 1 left the page.
      `forget ${nodeId(job(1))}`,
      // Job 1 is back: new to this subscriber again.
      'value 1',
    ]);
  });

  it('serializes each polled job once, however many subscribers share the watcher', async () => {
    const watches = [feed<JobModel[]>(), feed<JobModel[]>(), feed<JobModel[]>()];
    const streams = watches.map((watch) => listEvents(watch.stream, undefined));
    const stringify = vi.spyOn(JSON, 'stringify');
    // The watcher delivers one array to all of its subscribers.
    const page = [job(1), job(2), job(3), job(4)];
    for (const watch of watches) watch.poll(page);
    for (const stream of streams) for (let index = 0; index < page.length; index += 1) await stream.next();
    const jobsSerialized = stringify.mock.calls.filter(([value]) => page.some((polled) => polled === value));
    expect(jobsSerialized).toHaveLength(page.length);
  });
});

describe('subscribeDeduplicated', () => {
  it('drops what it last sent for a key on a forget event, without executing it', async () => {
    const Item = new graphql.GraphQLObjectType({
      name: 'Item',
      fields: { id: { type: graphql.GraphQLString }, status: { type: graphql.GraphQLString } },
    });
    const sent: unknown[] = [
      { key: 'a', kind: 'value', value: { id: 'a', status: 'RUNNING' } },
      // Equal to the last result for `a`: dropped.
      { key: 'a', kind: 'value', value: { id: 'a', status: 'RUNNING', extra: 1 } },
      { key: 'a', kind: 'forget' },
      // Nothing to compare with any more: sent again.
      { key: 'a', kind: 'value', value: { id: 'a', status: 'RUNNING' } },
    ];
    let executed = 0;
    const schema = new graphql.GraphQLSchema({
      query: new graphql.GraphQLObjectType({
        name: 'Query',
        fields: { ok: { type: graphql.GraphQLString } },
      }),
      subscription: new graphql.GraphQLObjectType({
        name: 'Subscription',
        fields: {
          item: {
            type: Item,
            subscribe: async function* () {
              yield* sent;
            },
            resolve: (event: { kind: string; value?: unknown }) => {
              executed += 1;
              if (event.kind !== 'value') throw new Error(`executed a ${event.kind} event`);
              return event.value;
            },
          },
        },
      }),
    });
    const stream = await subscribeDeduplicated(
      { schema, document: graphql.parse('subscription { item { id status } }') },
      { freshContext: () => ({}) as GatewayContext, formatError: (formatted) => formatted },
    );
    if (!(Symbol.asyncIterator in stream)) throw new Error('no stream');
    const results = await drain(stream);
    expect(results).toEqual([
      { data: { item: { id: 'a', status: 'RUNNING' } } },
      { data: { item: { id: 'a', status: 'RUNNING' } } },
    ]);
    expect(executed).toBe(3);
  });
});
