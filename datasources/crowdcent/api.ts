import type { Readable } from 'node:stream';
import {
  GatewayError,
  PlatformApi,
  multipartBody,
  upstreamPath,
  type DescribedError,
  type PlatformApiOptions,
  type UpstreamClient,
  type UpstreamRequest,
} from '../core/index.js';
import { z } from 'zod';
import { releaseDateOf, toChallenge, toInferencePeriod, toSubmission, toTrainingDataset } from './mappers.js';
import type {
  CrowdCentChallengeModel,
  CrowdCentInferencePeriodModel,
  CrowdCentSubmissionModel,
  CrowdCentTrainingDatasetModel,
  CrowdCentViewerModel,
} from './models.js';
import {
  authCheckWire,
  challengeWire,
  errorBodyWire,
  inferenceDataWire,
  queuedResultWire,
  submissionWire,
  submitResultWire,
  trainingDatasetWire,
} from './wire.js';

/** How long each kind of CrowdCent answer stays fresh in the shared cache. */
const ttl = {
  challenges: 60_000,
  trainingData: 300_000,
  inferenceData: 60_000,
  submissions: 15_000,
  auth: 60_000,
} as const;

export interface MatchInfo {
  matchedIds: number | null;
  unmatchedIds: number | null;
  message: string | null;
}

export type SubmitOutcome =
  | {
      kind: 'created' | 'replaced';
      submission: CrowdCentSubmissionModel;
      matchInfo: MatchInfo | null;
      queueErrorCode: string | null;
      queueError: string | null;
      /** The answer was lost and the submission was found by reading back (never re-sent). */
      reconciled?: boolean;
    }
  | { kind: 'queued'; matchInfo: MatchInfo | null; message: string | null }
  | { kind: 'rejected'; code: string; message: string; field: string[] | null };

export interface SubmitPredictionsArgs {
  slug: string;
  file: { filename: string; stream: Readable };
  slot?: number | null | undefined;
  alsoQueueNext?: boolean | null | undefined;
  isExperimental?: boolean | null | undefined;
  notes?: string | null | undefined;
}

/** CrowdCent's `{"error":{"code","message"}}` body (anything else: status-only). */
export function describeCrowdCentError(_status: number, body: string): DescribedError {
  try {
    const parsed = errorBodyWire.safeParse(JSON.parse(body) as unknown);
    if (!parsed.success) return {};
    const { code, message } = parsed.data.error;
    return { ...(code ? { platformCode: code } : {}), ...(message ? { message } : {}) };
  } catch {
    return {};
  }
}

/**
 * CrowdCent Challenge for one caller: every method of the official ChallengeClient, bound to the
 * caller's API key (or the operator's) and cache scope. Built per request.
 */
export class CrowdCentApi extends PlatformApi {
  readonly #webOrigin: string;
  protected readonly missingCredential =
    'CrowdCent needs an API key: send the x-crowdcent-api-key header or configure CROWDCENT_API_KEY.';

  constructor(options: PlatformApiOptions) {
    super(options);
    this.#webOrigin = options.upstream.baseUrl.origin;
  }

  protected authorize(req: UpstreamRequest, apiKey: string): UpstreamRequest {
    return { ...req, headers: { ...req.headers, authorization: `Api-Key ${apiKey}` } };
  }

  async listChallenges(): Promise<CrowdCentChallengeModel[]> {
    const body = await this.get(upstreamPath`/challenges/`, 'challenges', ttl.challenges);
    // Not remembered: a challenge's status depends on the time (upcoming until its start date).
    return this.parse(z.array(challengeWire), body, 'challenge list').map((w) =>
      toChallenge(w, this.#webOrigin),
    );
  }

  async getChallenge(slug: string): Promise<CrowdCentChallengeModel | null> {
    const body = await this.getOrNull(upstreamPath`/challenges/${slug}/`, 'challenge', ttl.challenges);
    return body === null ? null : toChallenge(this.parse(challengeWire, body, 'challenge'), this.#webOrigin);
  }

  async listTrainingDatasets(slug: string): Promise<CrowdCentTrainingDatasetModel[]> {
    const body = await this.get(
      upstreamPath`/challenges/${slug}/training_data/`,
      'training_data',
      ttl.trainingData,
    );
    return this.modelsOf(body, `training datasets|${slug}`, () =>
      this.parse(z.array(trainingDatasetWire), body, 'training dataset list').map((w) =>
        toTrainingDataset(w, slug),
      ),
    );
  }

  /** `version` may be `latest`, a server route. */
  async getTrainingDataset(slug: string, version: string): Promise<CrowdCentTrainingDatasetModel | null> {
    const path = upstreamPath`/challenges/${slug}/training_data/${version}/`;
    const body = await this.getOrNull(path, 'training_data', ttl.trainingData);
    return body === null
      ? null
      : toTrainingDataset(this.parse(trainingDatasetWire, body, 'training dataset'), slug);
  }

  async listInferencePeriods(slug: string): Promise<CrowdCentInferencePeriodModel[]> {
    const path = upstreamPath`/challenges/${slug}/inference_data/`;
    const body = await this.get(path, 'inference_data', ttl.inferenceData);
    return this.modelsOf(body, `inference periods|${slug}`, () =>
      this.parse(z.array(inferenceDataWire), body, 'inference data list').map((w) =>
        toInferencePeriod(w, slug),
      ),
    );
  }

  /** `releaseDate` is `YYYY-MM-DD` or `current` (404, hence null, when no window is open). */
  async getInferencePeriod(slug: string, releaseDate: string): Promise<CrowdCentInferencePeriodModel | null> {
    const path = upstreamPath`/challenges/${slug}/inference_data/${releaseDate}/`;
    const body = await this.getOrNull(path, 'inference_data', ttl.inferenceData);
    return body === null
      ? null
      : toInferencePeriod(this.parse(inferenceDataWire, body, 'inference data'), slug);
  }

  /** The caller's submissions; `period` is `current` or `YYYY-MM-DD`. */
  async listSubmissions(slug: string, period?: string): Promise<CrowdCentSubmissionModel[]> {
    const body = await this.get(
      upstreamPath`/challenges/${slug}/submissions/`,
      'submissions',
      ttl.submissions,
      {
        period,
      },
    );
    return this.modelsOf(body, `submissions|${slug}`, () =>
      this.parse(z.array(submissionWire), body, 'submission list').map((w) => toSubmission(w, slug)),
    );
  }

  /** Null when absent or another user's (the platform answers 404 for both). */
  async getSubmission(slug: string, id: number): Promise<CrowdCentSubmissionModel | null> {
    const path = upstreamPath`/challenges/${slug}/submissions/${id}/`;
    const body = await this.getOrNull(path, 'submissions', ttl.submissions);
    return body === null ? null : toSubmission(this.parse(submissionWire, body, 'submission'), slug);
  }

  async checkAuth(): Promise<CrowdCentViewerModel> {
    const body = await this.get(upstreamPath`/auth/check/`, 'auth', ttl.auth);
    const wire = this.parse(authCheckWire, body, 'auth check');
    return { username: wire.username, allowTrading: wire.allow_trading ?? false };
  }

  /**
   * Streams a Parquet file to `POST submissions/` exactly once. Platform validation failures are
   * returned as `rejected` (the caller can fix them); auth and availability failures throw.
   */
  async submitPredictions(args: SubmitPredictionsArgs): Promise<SubmitOutcome> {
    const fields: Array<[string, string | null | undefined]> = [
      ['slot', args.slot?.toString()],
      ['also_queue_next', args.alsoQueueNext?.toString()],
      ['is_experimental', args.isExperimental?.toString()],
      ['notes', args.notes],
    ];
    const { body, contentType } = multipartBody([
      {
        name: 'prediction_file',
        filename: args.file.filename,
        contentType: 'application/octet-stream',
        stream: args.file.stream,
      },
      ...fields.flatMap(([name, value]) => (value === undefined || value === null ? [] : [{ name, value }])),
    ]);
    const request = this.request({
      method: 'POST',
      path: upstreamPath`/challenges/${args.slug}/submissions/`,
      headers: { 'content-type': contentType },
      body,
    });
    const sentAt = Date.now();
    let answer: Awaited<ReturnType<UpstreamClient['requestJsonWithStatus']>>;
    try {
      answer = await this.upstream.requestJsonWithStatus(request);
    } catch (error) {
      // The answer was lost: read back instead of re-sending, and report what the platform holds.
      if (error instanceof GatewayError && error.extensions.outcome === 'UNKNOWN') {
        const landed = await this.#readBack(args.slug, args.slot ?? 1, sentAt).catch(() => null);
        if (landed)
          return {
            kind: 'created',
            submission: landed,
            matchInfo: null,
            queueErrorCode: null,
            queueError: null,
            reconciled: true,
          };
      }
      throw error;
    }
    if (answer.status === 400 || answer.status === 409 || answer.status === 422) {
      const described = describeCrowdCentError(answer.status, answer.text);
      const code = described.platformCode ?? 'VALIDATION_ERROR';
      const message = described.message ?? 'CrowdCent rejected the submission.';
      return { kind: 'rejected', code, message, field: fieldOf(code, message) };
    }
    if (answer.status < 200 || answer.status >= 300)
      throw this.upstream.failure(answer.status, answer.text, request);
    await this.#invalidateSubmissions(args.slug);
    if (answer.status === 202) {
      const queued = this.parse(queuedResultWire, answer.body, 'queued submission');
      return { kind: 'queued', matchInfo: matchInfoOf(queued.match_info), message: queued.message ?? null };
    }
    const result = this.parse(submitResultWire, answer.body, 'submission');
    return {
      kind: answer.status === 200 ? 'replaced' : 'created',
      submission: toSubmission(result, args.slug),
      matchInfo: matchInfoOf(result.match_info),
      queueErrorCode: result.queue_error_code ?? null,
      queueError: result.queue_error ?? null,
    };
  }

  /**
   * After a lost answer: the caller's submission in that slot of the open period, if the platform
   * recorded it since the request went out (a second's slack for clock skew). Read fresh.
   */
  async #readBack(slug: string, slot: number, sentAt: number): Promise<CrowdCentSubmissionModel | null> {
    await this.#invalidateSubmissions(slug);
    const current = await this.listSubmissions(slug, 'current');
    return (
      current.find(
        (submission) =>
          submission.slot === slot &&
          submission.submittedAt !== null &&
          Date.parse(submission.submittedAt) >= sentAt - 1_000,
      ) ?? null
    );
  }

  async #invalidateSubmissions(slug: string): Promise<void> {
    const path = upstreamPath`/challenges/${slug}/submissions/`;
    const current = await this.getInferencePeriod(slug, 'current').catch(() => null);
    const periods = ['current', ...(current ? [current.releaseDate] : [])];
    await this.upstream.invalidate(this.scope, 'submissions', [
      { path },
      ...periods.map((period) => ({ path, query: { period } })),
    ]);
  }
}

function matchInfoOf(wire: z.infer<typeof submitResultWire>['match_info']): MatchInfo | null {
  if (!wire) return null;
  return {
    matchedIds: wire.matched_ids ?? null,
    unmatchedIds: wire.unmatched_ids ?? null,
    message: wire.message ?? null,
  };
}

function fieldOf(code: string, message: string): string[] | null {
  if (/slot/i.test(message)) return ['input', 'slot'];
  if (/notes/i.test(message)) return ['input', 'notes'];
  if (code === 'VALIDATION_ERROR') return ['input', 'file'];
  return null;
}

export { releaseDateOf };
