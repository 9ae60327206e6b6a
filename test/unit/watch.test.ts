import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayError, type PlatformName } from '../../datasources/core/index.js';
import {
  WatchHub,
  createRedisCoordinator,
  type WatchEvent,
  type WatchTarget,
  type WatchTiming,
} from '../../datasources/core/watch/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const platforms: PlatformName[] = ['CROWDCENT', 'GRAND_CHALLENGE', 'CROWDAI', 'CROWDFLOWER', 'ARENA'];
const timingOf = (timing: WatchTiming) =>
  Object.fromEntries(platforms.map((platform) => [platform, timing])) as Record<PlatformName, WatchTiming>;

/** A fake platform object: `poll` counts calls and answers with `state` (or throws `failure`). */
function fakeObject(id = 'job-1', scope: `cred:${string}` = 'cred:a') {
  const object = {
    polls: 0,
    state: { status: 'RUNNING', step: 0 },
    failure: undefined as GatewayError | undefined,
    target: undefined as unknown as WatchTarget<{ status: string; step: number }>,
  };
  object.target = {
    key: { platform: 'GRAND_CHALLENGE', kind: 'GrandChallengeAlgorithmJob', id, scope },
    poll: async () => {
      object.polls += 1;
      if (object.failure) throw object.failure;
      return { ...object.state };
    },
    isFinal: (value) => value.status === 'SUCCEEDED',
  };
  return object;
}

async function take<T>(stream: AsyncIterator<WatchEvent<T>>): Promise<WatchEvent<T> | 'done'> {
  const result = await stream.next();
  return result.done ? 'done' : result.value;
}

describe('the watch engine', () => {
  const hubs: WatchHub[] = [];
  const hub = (timing: WatchTiming, coordinator?: Awaited<ReturnType<typeof createRedisCoordinator>>) => {
    const created = new WatchHub({ timing: timingOf(timing), coordinator });
    hubs.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(hubs.splice(0).map((created) => created.close()));
  });

  it('shares one watcher between subscribers of the same key, not across credential scopes', async () => {
    const watches = hub({ intervalMs: 20, maxIntervalMs: 20 });
    const object = fakeObject();
    const other = fakeObject('job-1', 'cred:b');
    const streams = [watches.watch(object.target), watches.watch(object.target), watches.watch(other.target)];
    await Promise.all(streams.map((stream) => take(stream)));
    expect(watches.size).toBe(2);
    await sleep(200);
    expect(object.polls).toBeGreaterThanOrEqual(6);
    expect(object.polls).toBeLessThanOrEqual(12);
    for (const stream of streams) await stream.return?.();
    expect(watches.size).toBe(0);
    const after = object.polls;
    await sleep(100);
    expect(object.polls).toBe(after);
  });

  it('backs off while nothing changes and polls at the base interval again after a change', async () => {
    const watches = hub({ intervalMs: 10, maxIntervalMs: 160 });
    const object = fakeObject();
    const stream = watches.watch(object.target);
    await take(stream);
    await sleep(600);
    // Without backoff ~60 polls; 10, 15, 23, 34, 51, 77, 115, 160, 160… ms gives about 9.
    expect(object.polls).toBeLessThanOrEqual(12);
    object.state = { status: 'RUNNING', step: 1 };
    expect(await take(stream)).toMatchObject({ kind: 'value', value: { step: 1 } });
    await stream.return?.();
  });

  it('emits the final state, then completes every subscriber and stops polling', async () => {
    const watches = hub({ intervalMs: 10, maxIntervalMs: 10 });
    const object = fakeObject();
    const stream = watches.watch(object.target);
    await take(stream);
    object.state = { status: 'SUCCEEDED', step: 2 };
    expect(await take(stream)).toMatchObject({ kind: 'value', final: true, value: { status: 'SUCCEEDED' } });
    expect(await take(stream)).toBe('done');
    const polls = object.polls;
    await sleep(60);
    expect(object.polls).toBe(polls);
  });

  it('waits out a platform that says when to come back (open breaker, 429) instead of spinning', async () => {
    const watches = hub({ intervalMs: 10, maxIntervalMs: 40 });
    const object = fakeObject();
    object.failure = new GatewayError('UPSTREAM_UNAVAILABLE', 'paused', {
      platform: 'GRAND_CHALLENGE',
      retryAfterSeconds: 1,
    });
    const stream = watches.watch(object.target);
    await sleep(500);
    expect(object.polls).toBe(1);
    object.failure = undefined;
    expect(await take(stream)).toMatchObject({ kind: 'value' });
    await stream.return?.();
  });

  it('ends the watch with the error when polling again cannot help (NOT_FOUND)', async () => {
    const watches = hub({ intervalMs: 10, maxIntervalMs: 10 });
    const object = fakeObject();
    object.failure = new GatewayError('NOT_FOUND', 'no such job', { platform: 'GRAND_CHALLENGE' });
    const stream = watches.watch(object.target);
    expect(await take(stream)).toMatchObject({ kind: 'error', error: { code: 'NOT_FOUND' } });
    expect(await take(stream)).toBe('done');
    expect(watches.size).toBe(0);
  });

  it('with Redis, two hubs poll one object once between them and the other takes over when the owner leaves', async () => {
    const namespace = `watch-unit-${randomUUID()}`;
    const coordinator = () =>
      createRedisCoordinator({ url: 'redis://127.0.0.1:6379', namespace, leaseMs: 600 });
    const one = hub({ intervalMs: 20, maxIntervalMs: 20 }, await coordinator());
    const two = hub({ intervalMs: 20, maxIntervalMs: 20 }, await coordinator());
    const first = fakeObject();
    const second = fakeObject();
    const onOne = one.watch(first.target);
    await take(onOne);
    const onTwo = two.watch(second.target);
    expect(await take(onTwo)).toMatchObject({ kind: 'value', value: { status: 'RUNNING' } });
    await sleep(300);
    // The owner polls; the other relays what it publishes.
    expect(first.polls).toBeGreaterThanOrEqual(8);
    expect(second.polls).toBe(0);
    // The same platform object as both processes see it.
    first.state = { status: 'RUNNING', step: 5 };
    second.state = first.state;
    expect(await take(onTwo)).toMatchObject({ kind: 'value', value: { step: 5 } });

    await onOne.return?.();
    await sleep(200);
    const polled = second.polls;
    expect(polled).toBeGreaterThan(0);
    second.state = { status: 'SUCCEEDED', step: 6 };
    expect(await take(onTwo)).toMatchObject({ kind: 'value', final: true });
  });

  it('with Redis, a watcher replaced at once in the same process keeps its lease and its channel', async () => {
    const namespace = `watch-unit-${randomUUID()}`;
    const coordinator = () =>
      createRedisCoordinator({ url: 'redis://127.0.0.1:6379', namespace, leaseMs: 600 });
    const one = hub({ intervalMs: 20, maxIntervalMs: 20 }, await coordinator());
    const two = hub({ intervalMs: 20, maxIntervalMs: 20 }, await coordinator());
    const first = fakeObject();
    const second = fakeObject();
    second.state = first.state;
    const leaving = one.watch(first.target);
    await take(leaving);
    // The last subscriber leaves and a new one arrives before the old watcher's cleanup has run.
    await leaving.return?.();
    const arriving = one.watch(first.target);
    await take(arriving);
    await sleep(100);
    const onTwo = two.watch(second.target);
    await take(onTwo);
    await sleep(300);
    // Still one poller: the old watcher's release did not free the new watcher's lease.
    expect(second.polls).toBe(0);
    first.state = { status: 'RUNNING', step: 9 };
    second.state = first.state;
    expect(await take(arriving)).toMatchObject({ kind: 'value', value: { step: 9 } });
    expect(await take(onTwo)).toMatchObject({ kind: 'value', value: { step: 9 } });
  });
});
