import type { Readable } from 'node:stream';
import { unzipSync, strFromU8 } from 'fflate';
import { z } from 'zod';
import {
  GatewayError,
  PlatformApi,
  readAfterWrite,
  scrub,
  upstreamPath,
  type DescribedError,
  type UpstreamClient,
  type UpstreamRequest,
} from '../core/index.js';
import { railsFormOf } from './form.js';
import { toAggregate, toJob, toJudgment, toListedUnit, toOrder, toProgress, toUnit } from './mappers.js';
import type {
  CrowdFlowerAggregateModel,
  CrowdFlowerJobModel,
  CrowdFlowerJudgmentModel,
  CrowdFlowerOrderModel,
  CrowdFlowerProgressModel,
  CrowdFlowerReportModel,
  CrowdFlowerReportType,
  CrowdFlowerUnitModel,
} from './models.js';
import {
  aggregatesPageWire,
  channelsWire,
  envelopeWire,
  jobWire,
  judgmentWire,
  orderWire,
  pingWire,
  tagsWire,
  unitWire,
  unitsPageWire,
  unitsPingWire,
  type EnvelopeWire,
} from './wire.js';

/** Page sizes the platform fixes or caps (reference §4). */
export const JOBS_PAGE_SIZE = 10;
export const UNITS_PAGE_SIZE = 1000;
export const AGGREGATES_PAGE_SIZE = 100;

const ttl = {
  jobs: 15_000,
  job: 15_000,
  units: 30_000,
  unit: 15_000,
  aggregates: 15_000,
  judgment: 600_000,
  order: 600_000,
  progress: 5_000,
  settings: 60_000,
} as const;

/** How far invalidation reaches into paged lists after a write (pages beyond are left to expire). */
const INVALIDATE_PAGES = 20;

/** The outcome of a write: done, or refused by the platform for a reason the user can act on. */
export type WriteOutcome<T> =
  | { ok: true; value: T; message: string | null }
  | { ok: false; code: string; message: string; field: string[] | null };

export interface ChannelsModel {
  enabled: string[];
  available: string[];
}

/** `{"error":{"message"}}` and `{"error":"…"}` bodies. */
export function describeCrowdFlowerError(_status: number, body: string): DescribedError {
  try {
    const parsed = envelopeWire.safeParse(JSON.parse(body) as unknown);
    if (!parsed.success) return {};
    const message = envelopeMessage(parsed.data);
    return message ? { message } : {};
  } catch {
    return {};
  }
}

function envelopeMessage(envelope: EnvelopeWire): string | undefined {
  if (typeof envelope.error === 'string') return envelope.error;
  if (envelope.error?.message) return envelope.error.message;
  if (envelope.errors?.length)
    return envelope.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ');
  return undefined;
}

/** Platform text shown to callers: never the key, never a URL. */
function scrubbed(text: string | null, key: string | undefined): string | null {
  return text === null ? null : scrub(text, key ? [key] : []);
}

function successMessage(envelope: EnvelopeWire): string | null {
  if (envelope.success?.message) return envelope.success.message;
  if (envelope.notice?.message) return envelope.notice.message;
  if (typeof envelope.message === 'string') return envelope.message;
  return envelope.message?.success ?? envelope.message?.notice ?? null;
}

const reportTypeParam: Record<CrowdFlowerReportType, string> = {
  FULL: 'full',
  AGGREGATED: 'aggregated',
  JSON: 'json',
  GOLD_REPORT: 'gold_report',
  WORKSET: 'workset',
  SOURCE: 'source',
};

/**
 * CrowdFlower v1 for one caller: every operation of the Python client, with the key sent as the
 * `key=` query parameter (never part of a cache key, scrubbed from every message).
 */
export class CrowdFlowerApi extends PlatformApi {
  protected readonly missingCredential =
    'CrowdFlower needs an API key: send the x-crowdflower-key header or configure CROWDFLOWER_API_KEY.';

  protected authorize(req: UpstreamRequest, credential: string): UpstreamRequest {
    return { ...req, authQuery: { key: credential } };
  }

  // ---- reads ---------------------------------------------------------------------------------

  async listJobs(page: number): Promise<CrowdFlowerJobModel[]> {
    const body = await this.get(upstreamPath`/jobs.json`, 'jobs', ttl.jobs, { page });
    // Entries in an invalid state come without an id (reference §5); they cannot be addressed.
    const entries = this.parse(z.array(z.unknown()), body, 'job list');
    return entries.flatMap((entry) => {
      const parsed = jobWire.safeParse(entry);
      return parsed.success ? [toJob(parsed.data)] : [];
    });
  }

  async getJob(jobId: number): Promise<CrowdFlowerJobModel | null> {
    const body = await this.getOrNull(upstreamPath`/jobs/${jobId}.json`, 'job', ttl.job);
    return body === null ? null : toJob(this.parse(jobWire, body, 'job'));
  }

  async getUnitsPage(jobId: number, page: number): Promise<CrowdFlowerUnitModel[]> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/units.json`, 'units', ttl.units, {
      page,
      limit: UNITS_PAGE_SIZE,
    });
    const units = this.parse(unitsPageWire, body, 'unit page');
    return Object.entries(units)
      .map(([id, data]) => toListedUnit(jobId, Number(id), data))
      .sort((a, b) => a.unitId - b.unitId);
  }

  async getUnit(jobId: number, unitId: number): Promise<CrowdFlowerUnitModel | null> {
    const body = await this.getOrNull(upstreamPath`/jobs/${jobId}/units/${unitId}.json`, 'unit', ttl.unit);
    return body === null ? null : toUnit(this.parse(unitWire, body, 'unit'));
  }

  async getAggregatesPage(jobId: number, page: number): Promise<CrowdFlowerAggregateModel[]> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/judgments.json`, 'aggregates', ttl.aggregates, {
      page,
      limit: AGGREGATES_PAGE_SIZE,
    });
    const aggregates = this.parse(aggregatesPageWire, body, 'judgment aggregate page');
    return Object.entries(aggregates)
      .map(([unitId, wire]) => toAggregate(jobId, Number(unitId), wire))
      .sort((a, b) => a.unitId - b.unitId);
  }

  async getJudgment(jobId: number, judgmentId: number): Promise<CrowdFlowerJudgmentModel | null> {
    const path = upstreamPath`/jobs/${jobId}/judgments/${judgmentId}.json`;
    const body = await this.getOrNull(path, 'judgment', ttl.judgment);
    return body === null ? null : toJudgment(this.parse(judgmentWire, body, 'judgment'));
  }

  async getOrder(jobId: number, orderId: number): Promise<CrowdFlowerOrderModel | null> {
    const body = await this.getOrNull(
      upstreamPath`/jobs/${jobId}/orders/${orderId}.json`,
      'order',
      ttl.order,
    );
    return body === null ? null : toOrder(this.parse(orderWire, body, 'order'));
  }

  async getProgress(jobId: number): Promise<CrowdFlowerProgressModel> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/ping.json`, 'ping', ttl.progress);
    return toProgress(this.parse(pingWire, body, 'ping'));
  }

  async getUnitsProgress(jobId: number): Promise<{ count: number; done: boolean }> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/units/ping.json`, 'ping', ttl.progress);
    return this.parse(unitsPingWire, body, 'units ping');
  }

  async getLegend(jobId: number): Promise<unknown> {
    return this.get(upstreamPath`/jobs/${jobId}/legend.json`, 'settings', ttl.settings);
  }

  /** `channels` takes no `.json` suffix (a suffix answers 404). */
  async getChannels(jobId: number): Promise<ChannelsModel> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/channels`, 'settings', ttl.settings);
    const wire = this.parse(channelsWire, body, 'channels');
    return { enabled: wire.enabled_channels, available: wire.available_channels };
  }

  async getTags(jobId: number): Promise<string[]> {
    const body = await this.get(upstreamPath`/jobs/${jobId}/tags`, 'settings', ttl.settings);
    return this.parse(tagsWire, body, 'tags').map((tag) => (typeof tag === 'string' ? tag : tag.name));
  }

  /** Whether a report is ready: 202 while the platform builds it, 200 (a ZIP) once it is. */
  async getReportStatus(jobId: number, type: CrowdFlowerReportType): Promise<CrowdFlowerReportModel> {
    const path = upstreamPath`/jobs/${jobId}.csv`;
    const request = this.request({ method: 'GET', path, query: { type: reportTypeParam[type] } });
    const response = await this.upstream.request(request);
    // Only the status matters here; the ZIP itself streams through /files. dump() reads a little
    // and then closes the body without surfacing an abort.
    await response.body.dump({ limit: 64 * 1024 });
    if (response.status === 202) return { jobId, type, status: 'GENERATING', downloadPath: null };
    if (response.status >= 200 && response.status < 400) {
      return { jobId, type, status: 'READY', downloadPath: `${path}?type=${reportTypeParam[type]}` };
    }
    throw this.upstream.failure(response.status, '', request);
  }

  /**
   * Every unit of a job with its judgments, from the JSON report: one call for the whole job
   * instead of one per unit. Null while the platform is still generating the report.
   */
  async getReportUnits(jobId: number): Promise<CrowdFlowerUnitModel[] | null> {
    const request = this.request({
      method: 'GET',
      path: upstreamPath`/jobs/${jobId}.csv`,
      query: { type: 'json' },
    });
    const response = await this.upstream.request(request);
    if (response.status === 202) {
      await response.body.dump();
      return null;
    }
    const bytes = new Uint8Array(await response.body.arrayBuffer());
    if (response.status < 200 || response.status >= 300)
      throw this.upstream.failure(response.status, strFromU8(bytes), request);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      throw new GatewayError(
        'UPSTREAM_BAD_RESPONSE',
        'CrowdFlower answered with a report that is not a ZIP.',
        {
          platform: 'CROWDFLOWER',
        },
      );
    }
    const units: CrowdFlowerUnitModel[] = [];
    for (const file of Object.values(files)) {
      for (const line of strFromU8(file).split('\n')) {
        if (line.trim() === '') continue;
        units.push(toUnit(this.parse(unitWire, safeJson(line), 'report line')));
      }
    }
    return units;
  }

  /** Report paths carry their `type` query; it is split off so the key joins it as a parameter. */
  override openDownload(path: string): ReturnType<UpstreamClient['openDownload']> {
    const [pathname = path, search = ''] = path.split('?');
    const query = Object.fromEntries(new URLSearchParams(search));
    return this.upstream.openDownload(this.request({ method: 'GET', path: pathname, query }));
  }

  // ---- writes (sent once, never retried) ---------------------------------------------------------

  createJob(attributes: Record<string, unknown>): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    return this.#jobWrite('POST', upstreamPath`/jobs.json`, railsFormOf({ job: attributes }), null);
  }

  updateJob(jobId: number, attributes: Record<string, unknown>): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    return this.#jobWrite('PUT', upstreamPath`/jobs/${jobId}.json`, railsFormOf({ job: attributes }), jobId);
  }

  async deleteJob(jobId: number): Promise<WriteOutcome<number>> {
    const answer = await this.#write('DELETE', upstreamPath`/jobs/${jobId}.json`, undefined, jobId);
    return answer.ok ? { ok: true, value: jobId, message: answer.message } : answer;
  }

  copyJob(jobId: number, allUnits: boolean, gold: boolean): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    const body = railsFormOf({ all_units: allUnits || undefined, gold: gold || undefined });
    return this.#jobWrite('POST', upstreamPath`/jobs/${jobId}/copy.json`, body, jobId, true);
  }

  pauseJob(jobId: number): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    return this.#jobWrite('GET', upstreamPath`/jobs/${jobId}/pause.json`, undefined, jobId);
  }

  resumeJob(jobId: number): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    return this.#jobWrite('GET', upstreamPath`/jobs/${jobId}/resume.json`, undefined, jobId);
  }

  cancelJob(jobId: number): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    return this.#jobWrite('GET', upstreamPath`/jobs/${jobId}/cancel.json`, undefined, jobId);
  }

  async convertTestQuestions(jobId: number): Promise<WriteOutcome<null>> {
    const answer = await this.#write(
      'PUT',
      upstreamPath`/jobs/${jobId}/gold`,
      railsFormOf({ convert_units: true }),
      jobId,
    );
    return answer.ok ? { ok: true, value: null, message: answer.message } : answer;
  }

  /**
   * Streams rows to `jobs/upload.json` (new job) or `jobs/{id}/upload.json`: JSON lines under
   * `application/json`, or CSV under `text/csv`.
   */
  uploadUnits(args: {
    jobId: number | null;
    body: Readable | string;
    format: 'JSON_LINES' | 'CSV';
    force: boolean;
  }): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    const path =
      args.jobId === null ? upstreamPath`/jobs/upload.json` : upstreamPath`/jobs/${args.jobId}/upload.json`;
    const contentType = args.format === 'CSV' ? 'text/csv' : 'application/json';
    return this.#jobWrite(
      'POST',
      path,
      args.body,
      args.jobId,
      true,
      contentType,
      args.force ? { force: 'true' } : undefined,
    );
  }

  /** Debits an order: the job starts collecting judgments. Returns the job after it and the order. */
  async launch(
    jobId: number,
    unitsCount: number,
    channels: readonly string[],
  ): Promise<WriteOutcome<{ job: CrowdFlowerJobModel | null; order: CrowdFlowerOrderModel | null }>> {
    const body = railsFormOf({ debit: { units_count: unitsCount }, channels });
    const answer = await this.#write('POST', upstreamPath`/jobs/${jobId}/orders.json`, body, jobId);
    if (!answer.ok) return answer;
    // The platform answers with the order (or a redirect to it); not every deployment includes it.
    const order = orderWire.safeParse(answer.body);
    const job = await readAfterWrite(() => this.getJob(jobId));
    return {
      ok: true,
      value: { job, order: order.success ? toOrder(order.data) : null },
      message: answer.message,
    };
  }

  async setTags(
    jobId: number,
    tags: readonly string[],
    method: 'PUT' | 'POST' | 'DELETE',
  ): Promise<WriteOutcome<null>> {
    const answer = await this.#write(method, upstreamPath`/jobs/${jobId}/tags`, railsFormOf({ tags }), jobId);
    return answer.ok ? { ok: true, value: null, message: answer.message } : answer;
  }

  async setChannels(jobId: number, channels: readonly string[]): Promise<WriteOutcome<null>> {
    const answer = await this.#write(
      'PUT',
      upstreamPath`/jobs/${jobId}/channels`,
      railsFormOf({ channels }),
      jobId,
    );
    return answer.ok ? { ok: true, value: null, message: answer.message } : answer;
  }

  async cancelUnit(jobId: number, unitId: number): Promise<WriteOutcome<CrowdFlowerUnitModel | null>> {
    const answer = await this.#write(
      'POST',
      upstreamPath`/jobs/${jobId}/units/${unitId}/cancel.json`,
      undefined,
      jobId,
    );
    if (!answer.ok) return answer;
    await this.upstream.invalidate(this.scope, 'unit', [
      { path: upstreamPath`/jobs/${jobId}/units/${unitId}.json` },
    ]);
    return {
      ok: true,
      value: await readAfterWrite(() => this.getUnit(jobId, unitId)),
      message: answer.message,
    };
  }

  async regenerateReport(jobId: number, type: CrowdFlowerReportType): Promise<WriteOutcome<null>> {
    const body = railsFormOf({ type: reportTypeParam[type] });
    const request = this.request({
      method: 'POST',
      path: upstreamPath`/jobs/${jobId}/regenerate`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const response = await this.upstream.request(request);
    const text = await response.body.text();
    if (response.status === 404)
      return {
        ok: false,
        code: 'NOT_FOUND',
        message: `CrowdFlower has no job ${jobId}.`,
        field: ['input', 'jobId'],
      };
    if (response.status < 200 || response.status >= 300)
      throw this.upstream.failure(response.status, text, request);
    return { ok: true, value: null, message: text.trim() || null };
  }

  async workerCommand(
    jobId: number,
    workerId: number,
    command: 'bonus' | 'notify' | 'flag' | 'deflag' | 'reject',
    fields: Readonly<Record<string, unknown>>,
  ): Promise<WriteOutcome<null>> {
    const paths = {
      bonus: ['POST', upstreamPath`/jobs/${jobId}/workers/${workerId}/bonus.json`],
      notify: ['POST', upstreamPath`/jobs/${jobId}/workers/${workerId}/notify.json`],
      flag: ['PUT', upstreamPath`/jobs/${jobId}/workers/${workerId}.json`],
      deflag: ['PUT', upstreamPath`/jobs/${jobId}/workers/${workerId}.json`],
      reject: ['PUT', upstreamPath`/jobs/${jobId}/workers/${workerId}/reject.json`],
    } as const;
    const [method, path] = paths[command];
    const answer = await this.#write(method, path, railsFormOf(fields), jobId);
    return answer.ok ? { ok: true, value: null, message: answer.message } : answer;
  }

  // ---- plumbing -------------------------------------------------------------------------------

  async #jobWrite(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: Readable | string | undefined,
    jobId: number | null,
    createsJob = false,
    contentType = 'application/x-www-form-urlencoded',
    query?: Record<string, string>,
  ): Promise<WriteOutcome<CrowdFlowerJobModel>> {
    const answer = await this.#write(method, path, body, jobId, contentType, query);
    if (!answer.ok) return answer;
    const job = jobWire.safeParse(answer.body);
    if (!job.success) {
      throw new GatewayError('UPSTREAM_BAD_RESPONSE', 'CrowdFlower answered the write without the job.', {
        platform: 'CROWDFLOWER',
      });
    }
    if (createsJob || jobId === null) await this.#invalidateJobs();
    return { ok: true, value: toJob(job.data), message: answer.message };
  }

  /**
   * One write: 2xx with an `error` in the body (state errors come as HTTP 200), 400, 402, 404 and
   * 406 become refusals the user can act on; auth and availability failures throw.
   */
  async #write(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: Readable | string | undefined,
    jobId: number | null,
    contentType = 'application/x-www-form-urlencoded',
    query?: Record<string, string>,
  ): Promise<
    | { ok: true; body: unknown; message: string | null }
    | { ok: false; code: string; message: string; field: string[] | null }
  > {
    const request = this.request({
      method,
      path,
      ...(query ? { query } : {}),
      ...(body !== undefined ? { body, headers: { 'content-type': contentType } } : {}),
    });
    // A state-changing GET (pause/resume/cancel) must not be retried either.
    let answer: Awaited<ReturnType<UpstreamClient['requestJsonWithStatus']>>;
    try {
      answer = await this.upstream.requestJsonWithStatus({ ...request, idempotent: false });
    } catch (error) {
      // The write may have been applied (answer lost): cached reads of the job may be stale now.
      if (jobId !== null) await this.#invalidateJob(jobId);
      throw error;
    }
    if (jobId !== null) await this.#invalidateJob(jobId);
    const envelope = envelopeWire.safeParse(answer.body);
    const said = envelope.success ? envelopeMessage(envelope.data) : undefined;
    // Shown to the caller as a userError: scrubbed like any upstream text (no key, no URL).
    const refusal = said === undefined ? undefined : (scrubbed(said, this.credential) ?? undefined);
    if (answer.status >= 200 && answer.status < 300) {
      if (refusal) return { ok: false, code: 'INVALID_STATE', message: refusal, field: null };
      return {
        ok: true,
        body: answer.body,
        message: envelope.success ? scrubbed(successMessage(envelope.data), this.credential) : null,
      };
    }
    const refusals: Record<number, [string, string[] | null]> = {
      400: ['VALIDATION_ERROR', null],
      402: ['INSUFFICIENT_FUNDS', null],
      404: ['NOT_FOUND', ['input', 'jobId']],
      406: ['NOT_ACCEPTABLE', null],
      422: ['VALIDATION_ERROR', null],
    };
    const known = refusals[answer.status];
    if (known) {
      return {
        ok: false,
        code: known[0],
        message: refusal ?? `CrowdFlower refused the request (HTTP ${answer.status}).`,
        field: known[1],
      };
    }
    throw this.upstream.failure(answer.status, answer.text, request);
  }

  async #invalidateJob(jobId: number): Promise<void> {
    const paths = (resource: string, list: string[]) =>
      this.upstream.invalidate(
        this.scope,
        resource,
        list.map((path) => ({ path })),
      );
    await Promise.all([
      paths('job', [upstreamPath`/jobs/${jobId}.json`]),
      paths('ping', [upstreamPath`/jobs/${jobId}/ping.json`, upstreamPath`/jobs/${jobId}/units/ping.json`]),
      paths('settings', [upstreamPath`/jobs/${jobId}/tags`, upstreamPath`/jobs/${jobId}/channels`]),
      this.upstream.invalidate(
        this.scope,
        'units',
        Array.from({ length: INVALIDATE_PAGES }, (_, i) => ({
          path: upstreamPath`/jobs/${jobId}/units.json`,
          query: { limit: UNITS_PAGE_SIZE, page: i + 1 },
        })),
      ),
      this.#invalidateJobs(),
    ]);
  }

  async #invalidateJobs(): Promise<void> {
    await this.upstream.invalidate(
      this.scope,
      'jobs',
      Array.from({ length: INVALIDATE_PAGES }, (_, i) => ({
        path: upstreamPath`/jobs.json`,
        query: { page: i + 1 },
      })),
    );
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
