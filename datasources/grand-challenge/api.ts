import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  GatewayError,
  PlatformApi,
  scrub,
  upstreamPath,
  type DescribedError,
  type UpstreamRequest,
} from '../core/index.js';
import {
  toAlgorithm,
  toAnswer,
  toArchive,
  toArchiveItem,
  toChallenge,
  toDisplaySet,
  toEvaluation,
  toImage,
  toJob,
  toQuestion,
  toReaderStudy,
  toSocket,
} from './mappers.js';
import type {
  GcAlgorithmModel,
  GcAnswerModel,
  GcArchiveItemModel,
  GcArchiveModel,
  GcChallengeModel,
  GcDisplaySetModel,
  GcEvaluationModel,
  GcImageModel,
  GcJobModel,
  GcQuestionModel,
  GcReaderStudyModel,
  GcSocketModel,
} from './models.js';
import {
  algorithmWire,
  answerWire,
  archiveItemWire,
  archiveWire,
  challengeWire,
  displaySetWire,
  drfErrorWire,
  evaluationWire,
  imageWire,
  jobPostWire,
  jobWire,
  pageWire,
  postWire,
  presignedWire,
  questionWire,
  readerStudyWire,
  socketWire,
  userUploadWire,
  versionWire,
} from './wire.js';

/** DRF's page size cap (reference §2). */
export const MAX_LIMIT = 1000;
/** Upload part size: gcapi's, above S3's 5 MiB minimum; the only upload buffer the gateway holds. */
export const UPLOAD_PART_BYTES = 32 * 1024 * 1024;

const ttl = { listing: 60_000, object: 30_000, job: 5_000, answers: 15_000, socket: 600_000 } as const;

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
  /**
   * Told the list's total as soon as the page's body has arrived, before its items are validated
   * and mapped (a 1,000-item page takes milliseconds): a reader of the whole list can ask for the
   * next pages meanwhile. Unvalidated: if the page then fails validation, the read fails anyway.
   */
  onTotal?: (totalCount: number) => void;
}

/** A socket value as the platform's `values`/`inputs` lists take it (CIVPost request shape). */
export interface CivRequest {
  interface: string;
  value?: unknown;
  file?: string;
  image?: string;
  user_upload?: string;
  user_uploads?: string[];
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; messages: string[]; status: number };

/** DRF bodies: `{"detail"}`, `{"field": [msg]}`, `{"non_field_errors": [...]}` or a bare list. */
export function drfMessages(body: unknown): string[] {
  const parsed = drfErrorWire.safeParse(body);
  if (!parsed.success) return [];
  const value = parsed.data;
  if (Array.isArray(value)) return value;
  if ('detail' in value && typeof value.detail === 'string') return [value.detail];
  return Object.entries(value).flatMap(([field, messages]) => {
    const list = Array.isArray(messages) ? messages : [messages];
    return list.map((m) =>
      field === 'non_field_errors' ? String(m) : `${field}: ${typeof m === 'string' ? m : JSON.stringify(m)}`,
    );
  });
}

export function describeGrandChallengeError(_status: number, body: string): DescribedError {
  try {
    const messages = drfMessages(JSON.parse(body) as unknown);
    return messages.length > 0 ? { message: messages.join(' ') } : {};
  } catch {
    return {};
  }
}

/**
 * Grand Challenge for one caller: every read the gcapi client makes and the writes behind
 * start_algorithm_job, add_case_to_* and update_*, with `Authorization: Bearer <token>`.
 */
export class GrandChallengeApi extends PlatformApi {
  protected readonly missingCredential =
    'Grand Challenge needs a token: send the x-grand-challenge-token header or configure GRAND_CHALLENGE_TOKEN.';

  protected authorize(req: UpstreamRequest, credential: string): UpstreamRequest {
    // gcapi reads JSON only when the Content-Type is exactly application/json; we send it likewise.
    return { ...req, headers: { ...req.headers, authorization: `Bearer ${credential}` } };
  }

  /** An absolute API URL for an object, as write bodies reference them. */
  apiUrl(path: string): string {
    return this.upstream.baseUrl.href.replace(/\/+$/, '') + path;
  }

  // ---- reads ---------------------------------------------------------------------------------

  async version(): Promise<{ latest: string; lowestSupported: string }> {
    const body = await this.get(upstreamPath`/gcapi/`, 'version', ttl.listing);
    const wire = this.parse(versionWire, body, 'version');
    return { latest: wire.latest_version, lowestSupported: wire.lowest_supported_version };
  }

  listChallenges(page: PageRequest): Promise<Page<GcChallengeModel>> {
    return this.#list(
      upstreamPath`/challenges/`,
      'challenges',
      ttl.listing,
      page,
      {},
      challengeWire,
      toChallenge,
    );
  }

  getChallenge(slug: string): Promise<GcChallengeModel | null> {
    return this.#detail(
      upstreamPath`/challenges/${slug}/`,
      'challenges',
      ttl.listing,
      challengeWire,
      toChallenge,
    );
  }

  listAlgorithms(page: PageRequest, filters: { slug?: string } = {}): Promise<Page<GcAlgorithmModel>> {
    return this.#list(
      upstreamPath`/algorithms/`,
      'algorithms',
      ttl.listing,
      page,
      filters,
      algorithmWire,
      toAlgorithm,
    );
  }

  getAlgorithm(pk: string): Promise<GcAlgorithmModel | null> {
    return this.#detail(
      upstreamPath`/algorithms/${pk}/`,
      'algorithms',
      ttl.listing,
      algorithmWire,
      toAlgorithm,
    );
  }

  async algorithmBySlug(slug: string): Promise<GcAlgorithmModel | null> {
    return (
      (await this.listAlgorithms({ limit: 2, offset: 0 }, { slug })).items.find((a) => a.slug === slug) ??
      null
    );
  }

  listJobs(
    page: PageRequest,
    filters: { algorithm?: string; inputImage?: string; outputImage?: string } = {},
  ): Promise<Page<GcJobModel>> {
    const query = {
      algorithm_image__algorithm: filters.algorithm,
      input_image: filters.inputImage,
      output_image: filters.outputImage,
    };
    return this.#list(upstreamPath`/algorithms/jobs/`, 'jobs', ttl.job, page, query, jobWire, toJob);
  }

  getJob(pk: string): Promise<GcJobModel | null> {
    return this.#detail(upstreamPath`/algorithms/jobs/${pk}/`, 'jobs', ttl.job, jobWire, toJob);
  }

  listArchives(page: PageRequest, filters: { slug?: string } = {}): Promise<Page<GcArchiveModel>> {
    return this.#list(
      upstreamPath`/archives/`,
      'archives',
      ttl.listing,
      page,
      filters,
      archiveWire,
      toArchive,
    );
  }

  getArchive(pk: string): Promise<GcArchiveModel | null> {
    return this.#detail(upstreamPath`/archives/${pk}/`, 'archives', ttl.listing, archiveWire, toArchive);
  }

  async archiveBySlug(slug: string): Promise<GcArchiveModel | null> {
    return (await this.listArchives({ limit: 2, offset: 0 }, { slug })).items[0] ?? null;
  }

  listArchiveItems(page: PageRequest, filters: { archive?: string } = {}): Promise<Page<GcArchiveItemModel>> {
    return this.#list(
      upstreamPath`/archives/items/`,
      'archive_items',
      ttl.object,
      page,
      filters,
      archiveItemWire,
      toArchiveItem,
    );
  }

  getArchiveItem(pk: string): Promise<GcArchiveItemModel | null> {
    return this.#detail(
      upstreamPath`/archives/items/${pk}/`,
      'archive_items',
      ttl.object,
      archiveItemWire,
      toArchiveItem,
    );
  }

  listImages(
    page: PageRequest,
    filters: {
      archive?: string;
      reader_study?: string;
      job_input?: string;
      job_output?: string;
      name?: string;
    } = {},
  ): Promise<Page<GcImageModel>> {
    return this.#list(upstreamPath`/cases/images/`, 'images', ttl.object, page, filters, imageWire, toImage);
  }

  getImage(pk: string): Promise<GcImageModel | null> {
    return this.#detail(upstreamPath`/cases/images/${pk}/`, 'images', ttl.object, imageWire, toImage);
  }

  listSockets(page: PageRequest, filters: { slug?: string } = {}): Promise<Page<GcSocketModel>> {
    return this.#list(
      upstreamPath`/components/interfaces/`,
      'sockets',
      ttl.socket,
      page,
      filters,
      socketWire,
      toSocket,
    );
  }

  async socketBySlug(slug: string): Promise<GcSocketModel | null> {
    return (
      (await this.listSockets({ limit: 2, offset: 0 }, { slug })).items.find((s) => s.slug === slug) ?? null
    );
  }

  listReaderStudies(page: PageRequest, filters: { slug?: string } = {}): Promise<Page<GcReaderStudyModel>> {
    return this.#list(
      upstreamPath`/reader-studies/`,
      'reader_studies',
      ttl.listing,
      page,
      filters,
      readerStudyWire,
      toReaderStudy,
    );
  }

  getReaderStudy(pk: string): Promise<GcReaderStudyModel | null> {
    return this.#detail(
      upstreamPath`/reader-studies/${pk}/`,
      'reader_studies',
      ttl.listing,
      readerStudyWire,
      toReaderStudy,
    );
  }

  async readerStudyBySlug(slug: string): Promise<GcReaderStudyModel | null> {
    return (await this.listReaderStudies({ limit: 2, offset: 0 }, { slug })).items[0] ?? null;
  }

  listDisplaySets(
    page: PageRequest,
    filters: { reader_study?: string; unanswered_by_user?: string; user?: string } = {},
  ): Promise<Page<GcDisplaySetModel>> {
    const path = upstreamPath`/reader-studies/display-sets/`;
    return this.#list(path, 'display_sets', ttl.object, page, filters, displaySetWire, toDisplaySet);
  }

  getDisplaySet(pk: string): Promise<GcDisplaySetModel | null> {
    const path = upstreamPath`/reader-studies/display-sets/${pk}/`;
    return this.#detail(path, 'display_sets', ttl.object, displaySetWire, toDisplaySet);
  }

  listQuestions(page: PageRequest, filters: { reader_study?: string } = {}): Promise<Page<GcQuestionModel>> {
    return this.#list(
      upstreamPath`/reader-studies/questions/`,
      'questions',
      ttl.listing,
      page,
      filters,
      questionWire,
      toQuestion,
    );
  }

  listAnswers(
    page: PageRequest,
    filters: {
      question__reader_study?: string;
      display_set?: string;
      creator?: string;
      is_ground_truth?: string;
    } = {},
  ): Promise<Page<GcAnswerModel>> {
    return this.#list(
      upstreamPath`/reader-studies/answers/`,
      'answers',
      ttl.answers,
      page,
      filters,
      answerWire,
      toAnswer,
    );
  }

  getAnswer(pk: string): Promise<GcAnswerModel | null> {
    return this.#detail(
      upstreamPath`/reader-studies/answers/${pk}/`,
      'answers',
      ttl.answers,
      answerWire,
      toAnswer,
    );
  }

  listEvaluations(
    page: PageRequest,
    filters: { submission__phase?: string } = {},
  ): Promise<Page<GcEvaluationModel>> {
    return this.#list(
      upstreamPath`/evaluations/`,
      'evaluations',
      ttl.object,
      page,
      filters,
      evaluationWire,
      toEvaluation,
    );
  }

  getEvaluation(pk: string): Promise<GcEvaluationModel | null> {
    return this.#detail(
      upstreamPath`/evaluations/${pk}/`,
      'evaluations',
      ttl.object,
      evaluationWire,
      toEvaluation,
    );
  }

  // ---- writes (sent once) ---------------------------------------------------------------------

  startJob(
    algorithmApiUrl: string,
    inputs: readonly CivRequest[],
  ): Promise<WriteResult<{ pk: string; status: string }>> {
    return this.#write(
      'POST',
      upstreamPath`/algorithms/jobs/`,
      { algorithm: algorithmApiUrl, inputs },
      jobPostWire,
      async () => {
        await this.#invalidate('jobs', upstreamPath`/algorithms/jobs/`);
      },
    );
  }

  createArchiveItem(archiveApiUrl: string, title: string | undefined): Promise<WriteResult<{ pk: string }>> {
    const body = { archive: archiveApiUrl, ...(title ? { title } : {}) };
    return this.#write('POST', upstreamPath`/archives/items/`, body, postWire, () =>
      this.#invalidate('archive_items', upstreamPath`/archives/items/`),
    );
  }

  patchArchiveItem(
    pk: string,
    values: readonly CivRequest[],
    title?: string,
  ): Promise<WriteResult<{ pk: string }>> {
    const path = upstreamPath`/archives/items/${pk}/`;
    return this.#write('PATCH', path, { values, ...(title ? { title } : {}) }, postWire, () =>
      this.#invalidate('archive_items', path, upstreamPath`/archives/items/`),
    );
  }

  createDisplaySet(readerStudySlug: string, title: string | undefined): Promise<WriteResult<{ pk: string }>> {
    const body = { reader_study: readerStudySlug, ...(title ? { title } : {}) };
    const path = upstreamPath`/reader-studies/display-sets/`;
    return this.#write('POST', path, body, postWire, () => this.#invalidate('display_sets', path));
  }

  patchDisplaySet(pk: string, values: readonly CivRequest[]): Promise<WriteResult<{ pk: string }>> {
    const path = upstreamPath`/reader-studies/display-sets/${pk}/`;
    return this.#write('PATCH', path, { values }, postWire, () =>
      this.#invalidate('display_sets', path, upstreamPath`/reader-studies/display-sets/`),
    );
  }

  createAnswer(body: {
    question: string;
    display_set: string;
    answer: unknown;
  }): Promise<WriteResult<GcAnswerModel>> {
    const path = upstreamPath`/reader-studies/answers/`;
    return this.#write('POST', path, body, answerWire.transform(toAnswer), () =>
      this.#invalidate('answers', path),
    );
  }

  /**
   * The uploads API, streamed: create, then for each 32 MiB part presign, PUT (to the signed URL,
   * no token) and keep the ETag, then complete; any failure aborts the upload. Memory holds one
   * part at a time. Returns the upload's API URL for `user_upload(s)`.
   */
  async upload(filename: string, stream: Readable): Promise<WriteResult<string>> {
    const created = await this.#write(
      'POST',
      upstreamPath`/uploads/`,
      { filename },
      userUploadWire,
      async () => undefined,
    );
    if (!created.ok) return created;
    const { pk, s3_upload_id: uploadId, api_url: apiUrl } = created.value;
    const parts: Array<{ ETag: string; PartNumber: number }> = [];
    try {
      for await (const chunk of partsOf(stream, UPLOAD_PART_BYTES)) {
        const partNumber = parts.length + 1;
        const presignPath = upstreamPath`/uploads/${pk}/${uploadId}/generate-presigned-urls/`;
        const signed = await this.#write(
          'PATCH',
          presignPath,
          { part_numbers: [partNumber] },
          presignedWire,
          async () => undefined,
        );
        if (!signed.ok) throw new UploadRefused(signed.messages);
        const url = signed.value.presigned_urls[String(partNumber)];
        if (!url)
          throw new GatewayError('UPSTREAM_BAD_RESPONSE', 'Grand Challenge presigned no URL for the part.', {
            platform: 'GRAND_CHALLENGE',
          });
        const put = await this.upstream.sendToSignedUrl(
          'PUT',
          url,
          chunk,
          {},
          this.trace ? { trace: this.trace } : {},
        );
        const etag = put.headers.etag;
        await put.body.dump();
        if (put.status < 200 || put.status >= 300 || typeof etag !== 'string') {
          throw new GatewayError(
            'UPSTREAM_UNAVAILABLE',
            `Grand Challenge storage refused an upload part (HTTP ${put.status}).`,
            {
              platform: 'GRAND_CHALLENGE',
            },
          );
        }
        parts.push({ ETag: etag, PartNumber: partNumber });
      }
      const completePath = upstreamPath`/uploads/${pk}/${uploadId}/complete-multipart-upload/`;
      const completed = await this.#write(
        'PATCH',
        completePath,
        { parts },
        userUploadWire,
        async () => undefined,
      );
      if (!completed.ok) throw new UploadRefused(completed.messages);
      return { ok: true, value: apiUrl };
    } catch (error) {
      const abortPath = upstreamPath`/uploads/${pk}/${uploadId}/abort-multipart-upload/`;
      await this.#write('PATCH', abortPath, {}, z.unknown(), async () => undefined).catch(() => undefined);
      if (error instanceof UploadRefused) return { ok: false, messages: error.messages, status: 400 };
      throw error;
    }
  }

  // ---- plumbing -------------------------------------------------------------------------------

  async #list<W extends z.ZodType, M>(
    path: string,
    resource: string,
    ttlMs: number,
    page: PageRequest,
    filters: Readonly<Record<string, string | undefined>>,
    schema: W,
    map: (wire: z.output<W>) => M,
  ): Promise<Page<M>> {
    const query = { ...filters, limit: Math.min(page.limit, MAX_LIMIT), offset: page.offset };
    const body = await this.get(path, resource, ttlMs, query);
    if (page.onTotal) {
      const count: unknown =
        typeof body === 'object' && body !== null ? Reflect.get(body, 'count') : undefined;
      if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) page.onTotal(count);
    }
    const wire = this.parse(pageWire(schema), body, `${resource} page`);
    return { items: wire.results.map((item) => map(item as z.output<W>)), totalCount: wire.count };
  }

  async #detail<W extends z.ZodType, M>(
    path: string,
    resource: string,
    ttlMs: number,
    schema: W,
    map: (wire: z.output<W>) => M,
  ): Promise<M | null> {
    const body = await this.upstream.getJsonOrNull(this.cachedGet(path, resource, ttlMs));
    return body === null ? null : map(this.parse(schema, body, resource));
  }

  /**
   * One JSON write. A 400/403/404 is the platform refusing what the caller asked (returned, for
   * userErrors); auth and availability failures throw. Never retried.
   */
  async #write<S extends z.ZodType>(
    method: 'POST' | 'PATCH' | 'PUT',
    path: string,
    body: unknown,
    schema: S,
    invalidate: () => Promise<void>,
  ): Promise<WriteResult<z.output<S>>> {
    const request = this.request({
      method,
      path,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await this.upstream.requestJsonWithStatus(request);
    if (answer.status >= 200 && answer.status < 300) {
      await invalidate();
      return { ok: true, value: this.parse(schema, answer.body, 'write answer') };
    }
    if (answer.status === 400 || answer.status === 403 || answer.status === 404) {
      const messages = drfMessages(answer.body).map((m) =>
        scrub(m, this.credential ? [this.credential] : []),
      );
      return {
        ok: false,
        messages:
          messages.length > 0 ? messages : [`Grand Challenge refused the request (HTTP ${answer.status}).`],
        status: answer.status,
      };
    }
    throw this.upstream.failure(answer.status, answer.text, request);
  }

  async #invalidate(resource: string, ...paths: string[]): Promise<void> {
    // Lists are cached per filter and page; the first pages of the unfiltered list are what a
    // caller re-reads after a write. Deeper or filtered pages expire on their own (short TTLs).
    const pages = [0, 100].flatMap((offset) => [20, 50, 100, 1000].map((limit) => ({ limit, offset })));
    await this.upstream.invalidate(
      this.scope,
      resource,
      paths.flatMap((path) => [{ path }, ...pages.map((query) => ({ path, query }))]),
    );
  }
}

class UploadRefused extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

/** Re-chunks a stream into parts of exactly `size` bytes (the last may be shorter). */
async function* partsOf(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let sent = false;
  for await (const chunk of stream) {
    let data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    while (pendingBytes + data.length >= size) {
      const take = size - pendingBytes;
      pending.push(data.subarray(0, take));
      yield Buffer.concat(pending, size);
      sent = true;
      data = data.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (data.length > 0) {
      pending.push(data);
      pendingBytes += data.length;
    }
  }
  if (pendingBytes > 0 || !sent) yield Buffer.concat(pending, pendingBytes);
}
