import type { JobStatus, Platform, SubscriptionResolvers } from './__generated__/types.js';
import { GatewayError, badUserInput, type PlatformName } from '../datasources/core/index.js';
import type { WatchEvent, WatchTarget } from '../datasources/core/watch/index.js';
import { arenaJobPoll, arenaJobsPoll } from '../datasources/arena/index.js';
import { crowdaiSubmissionPoll } from '../datasources/crowdai/index.js';
import { crowdcentSubmissionPoll } from '../datasources/crowdcent/index.js';
import { crowdflowerJobPoll, crowdflowerJobsPoll } from '../datasources/crowdflower/index.js';
import { grandChallengeJobPoll, grandChallengeJobsPoll } from '../datasources/grand-challenge/index.js';
import type { GatewayContext, WatchBinding, WatchContext } from './context.js';
import { splitCrowdCentId } from './crowdcent/node.js';
import { CREDENTIAL_HEADERS_BY_PLATFORM } from './support/credentialHeaders.js';
import { crowdflowerIds } from './crowdflower/node.js';
import { fromGlobalId, nodeId, type DecodedId } from './support/globalId.js';
import type { JobModel, SubmissionModel } from './support/models.js';
import { flatMapStream, mergeStreams } from './support/streams.js';

/**
 * One event of a subscription's source stream, executed with the subscriber's selection as the
 * root value. `key` names the object it is about (its global id): the server drops a result equal
 * to the last one it sent that subscriber for the same key, so a subscriber hears only about
 * changes to fields it selected. `forget` is not executed: the object left a watched list, and the
 * server forgets what it last sent for `key` (a subscriber's memory is bounded by the list, not by
 * every job the list ever held).
 */
export type SubscriptionEvent =
  | { key: string; kind: 'value'; value: JobModel | SubmissionModel }
  | { key: string; kind: 'error'; error: GatewayError }
  | { key: string; kind: 'forget' };

const FINAL_JOB: ReadonlySet<JobStatus> = new Set<JobStatus>(['SUCCEEDED', 'FAILED', 'CANCELED']);
const FINAL_SUBMISSION: ReadonlySet<string> = new Set(['SCORED', 'FAILED']);
const isFinalJob = (job: JobModel): boolean => FINAL_JOB.has(job.status);
const isFinalSubmission = (submission: SubmissionModel): boolean => FINAL_SUBMISSION.has(submission.status);

const platformNames: Record<PlatformName, string> = {
  CROWDCENT: 'CrowdCent',
  CROWDFLOWER: 'CrowdFlower',
  GRAND_CHALLENGE: 'Grand Challenge',
  CROWDAI: 'crowdAI',
  ARENA: 'Arena',
};

function watchOf(ctx: GatewayContext): WatchContext {
  if (!ctx.watch) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      'Subscriptions are served over WebSocket (graphql-ws) or Server-Sent Events on /graphql.',
    );
  }
  return ctx.watch;
}

/** The caller's binding for a platform, or why there is none (nothing is polled either way). */
function bindingOf<Api>(
  platform: PlatformName,
  binding: WatchBinding<Api> | null | undefined,
): WatchBinding<Api> {
  const name = platformNames[platform];
  const header = CREDENTIAL_HEADERS_BY_PLATFORM[platform].join(' and ');
  if (binding === undefined) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', `${name} is not configured on this gateway.`, {
      platform,
    });
  }
  if (binding === null) {
    throw new GatewayError(
      'UNAUTHENTICATED',
      `Watching ${name} needs a credential: send ${header} (as headers, or in the WebSocket connectionParams).`,
      { platform },
    );
  }
  return binding;
}

function targetOf<T>(
  decoded: DecodedId,
  binding: WatchBinding<unknown>,
  poll: () => Promise<T>,
  isFinal: (value: T) => boolean,
): WatchTarget<T> {
  return {
    key: { platform: decoded.platform, kind: decoded.type, id: decoded.nativeId, scope: binding.scope },
    poll,
    isFinal,
  };
}

function jobTarget(decoded: DecodedId, watch: WatchContext): WatchTarget<JobModel> | null {
  const { platform, type, nativeId } = decoded;
  const crowdflowerJob =
    platform === 'CROWDFLOWER' && type === 'CrowdFlowerJob' ? crowdflowerIds(nativeId) : null;
  if (crowdflowerJob?.length === 1) {
    const binding = bindingOf(platform, watch.crowdflower());
    return targetOf<JobModel>(
      decoded,
      binding,
      crowdflowerJobPoll(binding.bound.api, crowdflowerJob[0]!),
      isFinalJob,
    );
  }
  if (platform === 'GRAND_CHALLENGE' && type === 'GrandChallengeAlgorithmJob') {
    const binding = bindingOf(platform, watch.grandChallenge());
    return targetOf<JobModel>(
      decoded,
      binding,
      grandChallengeJobPoll(binding.bound.api, nativeId),
      isFinalJob,
    );
  }
  if (platform === 'ARENA' && type === 'ArenaJob') {
    const binding = bindingOf(platform, watch.arena());
    return targetOf<JobModel>(decoded, binding, arenaJobPoll(binding.bound.api, nativeId), isFinalJob);
  }
  return null;
}

function submissionTarget(decoded: DecodedId, watch: WatchContext): WatchTarget<SubmissionModel> | null {
  const { platform, type, nativeId } = decoded;
  if (platform === 'CROWDCENT' && type === 'CrowdCentSubmission') {
    const [slug, id] = splitCrowdCentId(nativeId) ?? [];
    if (slug === undefined || id === undefined || !/^\d{1,15}$/.test(id)) return null;
    const binding = bindingOf(platform, watch.crowdcent());
    return targetOf<SubmissionModel>(
      decoded,
      binding,
      crowdcentSubmissionPoll(binding.bound.api, slug, Number(id)),
      isFinalSubmission,
    );
  }
  if (platform === 'CROWDAI' && type === 'CrowdAISubmission' && /^\d{1,12}$/.test(nativeId)) {
    const binding = bindingOf(platform, watch.crowdai());
    return targetOf<SubmissionModel>(
      decoded,
      binding,
      crowdaiSubmissionPoll(binding.bound.api, Number(nativeId)),
      isFinalSubmission,
    );
  }
  return null;
}

/** A single object's watch as subscription events keyed by its global id. */
function objectEvents<T extends JobModel | SubmissionModel>(
  stream: AsyncIterableIterator<WatchEvent<T>>,
  key: string,
): AsyncIterableIterator<SubscriptionEvent> {
  return flatMapStream(stream, (event): SubscriptionEvent[] => [
    event.kind === 'value'
      ? { key, kind: 'value', value: event.value }
      : { key, kind: 'error', error: event.error },
  ]);
}

/** A polled list's jobs by global id, each with its JSON, in list order. */
type ListSnapshot = ReadonlyMap<string, { job: JobModel; json: string }>;

// A watcher hands the same array to every subscriber of a list (and a Redis follower parses each
// published state once): its jobs are keyed and serialized once per poll, not once per subscriber.
const snapshots = new WeakMap<readonly JobModel[], ListSnapshot>();

function snapshotOf(jobs: readonly JobModel[]): ListSnapshot {
  const known = snapshots.get(jobs);
  if (known) return known;
  const snapshot = new Map<string, { job: JobModel; json: string }>();
  for (const job of jobs) snapshot.set(nodeId(job), { job, json: JSON.stringify(job) });
  snapshots.set(jobs, snapshot);
  return snapshot;
}

/**
 * A job list's watch as per-job events: every job that matches at first, then each job whose
 * state changed since this subscriber's previous snapshot. A job that left the list is forgotten
 * (here, and by a `forget` event in the server's record of what it sent); should it come back it
 * counts as new. `seen` (each job's JSON as last seen) is a parameter for tests.
 */
export function listEvents(
  stream: AsyncIterableIterator<WatchEvent<JobModel[]>>,
  status: ReadonlySet<JobStatus> | undefined,
  seen = new Map<string, string>(),
): AsyncIterableIterator<SubscriptionEvent> {
  return flatMapStream(stream, (event): SubscriptionEvent[] => {
    if (event.kind === 'error')
      return [{ key: `list:${event.error.platform ?? ''}`, kind: 'error', error: event.error }];
    const snapshot = snapshotOf(event.value);
    const changed: SubscriptionEvent[] = [];
    for (const key of seen.keys()) {
      if (snapshot.has(key)) continue;
      seen.delete(key);
      changed.push({ key, kind: 'forget' });
    }
    for (const [key, { job, json }] of snapshot) {
      const before = seen.get(key);
      // Keeps the latest poll's string, so the older ones can be collected.
      seen.set(key, json);
      if (before === json) continue;
      if (!status || status.has(job.status)) changed.push({ key, kind: 'value', value: job });
    }
    return changed;
  });
}

const JOB_PLATFORMS: readonly PlatformName[] = ['CROWDFLOWER', 'GRAND_CHALLENGE', 'ARENA'];

function listTarget(platform: PlatformName, watch: WatchContext): WatchTarget<JobModel[]> | null | undefined {
  const list = <Api>(
    binding: WatchBinding<Api> | null | undefined,
    poll: (api: Api) => () => Promise<JobModel[]>,
  ): WatchTarget<JobModel[]> | null | undefined =>
    binding && {
      key: { platform, kind: 'jobs', id: '', scope: binding.scope },
      poll: poll(binding.bound.api),
      isFinal: () => false,
    };
  switch (platform) {
    case 'CROWDFLOWER':
      return list(watch.crowdflower(), crowdflowerJobsPoll);
    case 'GRAND_CHALLENGE':
      return list(watch.grandChallenge(), grandChallengeJobsPoll);
    case 'ARENA':
      return list(watch.arena(), arenaJobsPoll);
    default:
      return undefined;
  }
}

/** Named platforms that have no jobs are refused (BAD_USER_INPUT, naming them), not dropped in silence. */
function refuseJoblessPlatforms(platforms: readonly Platform[]): void {
  const watched = '`jobsUpdated` watches CrowdFlower, Grand Challenge and Arena jobs';
  if (platforms.length === 0) throw badUserInput(`${watched}; \`platforms\` is empty.`, 'platforms');
  const jobless = [...new Set(platforms.filter((platform) => !JOB_PLATFORMS.includes(platform)))];
  const [first] = jobless;
  if (first === undefined) return;
  const names = jobless.map((platform) => platformNames[platform]).join(' and ');
  const error = new GatewayError(
    'BAD_USER_INPUT',
    `${watched}; ${names} ${jobless.length === 1 ? 'has' : 'have'} none.`,
    { platform: first },
  );
  error.extensions.field = 'platforms';
  throw error;
}

function decode(id: string): DecodedId {
  const decoded = fromGlobalId(id);
  if (!decoded) throw badUserInput('`id` is not an ID this API issued.', 'id');
  return decoded;
}

/** The event's object, or the error that ended the watch (reported with the subscription's path). */
function resolveEvent(event: SubscriptionEvent): JobModel | SubmissionModel {
  if (event.kind === 'error') throw event.error;
  // The server consumes `forget` events without executing them.
  if (event.kind === 'forget') throw new Error('a forget event was executed');
  return event.value;
}

/** `jobUpdated` / `submissionUpdated`: one object's watch, or BAD_USER_INPUT for an id it cannot watch. */
function objectSubscription<T extends JobModel | SubmissionModel>(
  targetFor: (decoded: DecodedId, watch: WatchContext) => WatchTarget<T> | null,
  refusal: string,
) {
  return {
    subscribe: (_root: unknown, { id }: { id: string }, ctx: GatewayContext) => {
      const watch = watchOf(ctx);
      const target = targetFor(decode(id), watch);
      if (!target) throw badUserInput(refusal, 'id');
      return objectEvents(watch.hub.watch(target), id);
    },
    resolve: (event: SubscriptionEvent) => resolveEvent(event) as T,
  };
}

export const subscriptionResolvers: SubscriptionResolvers = {
  jobUpdated: objectSubscription(
    jobTarget,
    '`jobUpdated` watches CrowdFlower jobs, Grand Challenge algorithm jobs and Arena jobs; this ID is none of them.',
  ),
  submissionUpdated: objectSubscription(
    submissionTarget,
    '`submissionUpdated` watches CrowdCent and crowdAI submissions; this ID is neither.',
  ),
  jobsUpdated: {
    subscribe: (_root, { platforms, status }, ctx) => {
      const watch = watchOf(ctx);
      const asked = platforms ?? undefined;
      const chosen = asked ?? JOB_PLATFORMS;
      refuseJoblessPlatforms(chosen);
      const targets: Array<WatchTarget<JobModel[]>> = [];
      let refused: PlatformName | undefined;
      for (const platform of chosen) {
        const target = listTarget(platform, watch);
        if (target) targets.push(target);
        // Named platforms must all be watchable; without a filter, those without a credential are skipped.
        else if (asked) bindingOf(platform, target === null ? null : undefined);
        else if (target === null) refused ??= platform;
      }
      if (targets.length === 0) {
        const platform = refused ?? chosen[0];
        if (platform) bindingOf(platform, refused ? null : undefined);
      }
      const wanted = status && status.length > 0 ? new Set(status) : undefined;
      return mergeStreams(targets.map((target) => listEvents(watch.hub.watch(target), wanted)));
    },
    resolve: (event: SubscriptionEvent) => resolveEvent(event) as JobModel,
  },
};
