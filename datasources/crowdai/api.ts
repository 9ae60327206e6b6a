import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  GatewayError,
  PlatformApi,
  scrub,
  upstreamPath,
  type DescribedError,
  type UpstreamClient,
  type UpstreamRequest,
} from '../core/index.js';
import { iso, toChallenge, toParticipant, toSubmission } from './mappers.js';
import type {
  CrowdAIChallengeModel,
  CrowdAIGradeResultModel,
  CrowdAIParticipantModel,
  CrowdAISubmissionInfoModel,
  CrowdAISubmissionModel,
} from './models.js';
import {
  challengeDetailWire,
  challengeListWire,
  gradeAnswerWire,
  keyCheckWire,
  messageWire,
  participantWire,
  presignWire,
  submissionInfoBodyWire,
  submissionInfoWire,
  submissionWire,
} from './wire.js';

const ttl = { challenges: 60_000, submissions: 15_000, participant: 300_000 } as const;

/** A grade or update as the grader API takes it (POST/PATCH `/api/external_graders`). */
export interface GradeFields {
  gradingStatus: 'graded' | 'failed' | 'initiated' | 'submitted';
  score?: number | null | undefined;
  scoreSecondary?: number | null | undefined;
  gradingMessage?: string | null | undefined;
  descriptionMarkdown?: string | null | undefined;
  media?: { large: string; thumbnail: string; contentType: string } | null | undefined;
  meta?: unknown;
  challengeRoundId?: number | null | undefined;
  postChallenge?: boolean | null | undefined;
  metaOverwrite?: boolean | null | undefined;
}

export type GradeOutcome =
  | { ok: true; result: CrowdAIGradeResultModel }
  | { ok: false; message: string; result: CrowdAIGradeResultModel | null };

/** `{"message": "..."}` JSON bodies, and the plain-text 401 `HTTP Token: Access denied.`. */
export function describeCrowdAIError(_status: number, body: string): DescribedError {
  try {
    const parsed = messageWire.safeParse(JSON.parse(body) as unknown);
    if (parsed.success && typeof parsed.data.message === 'string') return { message: parsed.data.message };
  } catch {
    // Not JSON: the 401's plain text is safe to pass on.
    if (/^HTTP Token: Access denied\.?\s*$/.test(body)) return { message: 'HTTP Token: Access denied.' };
  }
  return {};
}

/**
 * crowdAI for one caller: the organizer's or admin's key in `Authorization: Token token="…"`,
 * participant keys passed per call (never cached under, always scrubbed).
 */
export class CrowdAIApi extends PlatformApi {
  protected readonly missingCredential =
    'crowdAI needs an organizer or admin key: send the x-crowdai-key header or configure CROWDAI_API_KEY.';

  protected authorize(req: UpstreamRequest, credential: string): UpstreamRequest {
    return { ...req, headers: { ...req.headers, authorization: `Token token="${credential}"` } };
  }

  /** All challenges (admin key). */
  async listChallenges(): Promise<CrowdAIChallengeModel[]> {
    const body = await this.upstream.getJson(
      this.cachedGet(upstreamPath`/challenges`, 'challenges', ttl.challenges),
    );
    return this.parse(challengeListWire, body, 'challenge list').message.map((w) => toChallenge(w, null));
  }

  /** One challenge with its rounds (admin key); null when absent. */
  async getChallenge(id: number): Promise<CrowdAIChallengeModel | null> {
    const body = await this.upstream.getJsonOrNull(
      this.cachedGet(upstreamPath`/challenges/${id}`, 'challenges', ttl.challenges),
    );
    if (body === null) return null;
    const wire = this.parse(challengeDetailWire, body, 'challenge').message;
    return toChallenge(wire, wire.challenge_rounds);
  }

  /** A challenge's submissions (the organizer owning it). */
  async listSubmissions(
    challengeId: number,
    filters: {
      gradingStatus?: string | undefined;
      after?: string | undefined;
      roundId?: number | undefined;
    } = {},
  ): Promise<CrowdAISubmissionModel[]> {
    const query = {
      grading_status: filters.gradingStatus,
      after: filters.after,
      challenge_round_id: filters.roundId,
    };
    const body = await this.upstream.getJson(
      this.cachedGet(
        upstreamPath`/challenges/${challengeId}/submissions`,
        'submissions',
        ttl.submissions,
        query,
      ),
    );
    return this.parse(z.array(submissionWire), body, 'submission list').map(toSubmission);
  }

  /** One submission (admin key); null when absent. */
  async getSubmission(id: number): Promise<CrowdAISubmissionModel | null> {
    const body = await this.upstream.getJsonOrNull(
      this.cachedGet(upstreamPath`/submissions/${id}`, 'submissions', ttl.submissions),
    );
    return body === null ? null : toSubmission(this.parse(submissionWire, body, 'submission'));
  }

  /** Grading details only `submission_info` has (message, media type); null when absent. */
  async getSubmissionInfo(id: number): Promise<CrowdAISubmissionInfoModel | null> {
    const answer = await this.upstream.requestJsonWithStatus(
      this.request({ method: 'GET', path: upstreamPath`/external_graders/${id}/submission_info` }),
    );
    if (answer.status === 400 || answer.status === 404) return null;
    if (answer.status !== 200)
      throw this.upstream.failure(answer.status, answer.text, this.request({ method: 'GET', path: '/' }));
    const info = this.parse(submissionInfoWire, answer.body, 'submission info');
    if (!info.body) return null;
    let inner: unknown;
    try {
      inner = JSON.parse(info.body) as unknown;
    } catch {
      inner = undefined;
    }
    const body = this.parse(submissionInfoBodyWire, inner, 'submission info body');
    return {
      gradingStatus: body.grading_status_cd ?? null,
      gradingMessage: body.grading_message ?? null,
      postChallenge: body.post_challenge ?? null,
      mediaContentType: body.media_content_type ?? null,
      updatedAt: iso(body.updated_at),
    };
  }

  /** A participant by name (admin key); null when absent. The platform's api_key field is dropped. */
  async getParticipant(name: string): Promise<CrowdAIParticipantModel | null> {
    const body = await this.upstream.getJsonOrNull(
      this.cachedGet(upstreamPath`/participants/${name}`, 'participants', ttl.participant),
    );
    if (body === null) return null;
    const wire = this.parse(participantWire, body, 'participant');
    return toParticipant(wire.id, wire.name, wire.email ?? null);
  }

  /**
   * Validates a participant's key (`GET /api/external_graders/:api_key`). Never cached: the key is
   * in the path, and cache keys never hold a credential.
   */
  async checkParticipantKey(
    participantKey: string,
  ): Promise<{ valid: boolean; participantId: number | null; message: string }> {
    const request = this.request({ method: 'GET', path: upstreamPath`/external_graders/${participantKey}` }, [
      participantKey,
    ]);
    const answer = await this.upstream.requestJsonWithStatus(request);
    if (answer.status === 200 || answer.status === 404) {
      const wire = this.parse(keyCheckWire, answer.body, 'key check');
      return {
        valid: answer.status === 200,
        participantId: wire.participant_id ?? null,
        message: wire.message,
      };
    }
    throw this.upstream.failure(answer.status, answer.text, request);
  }

  /** POST a grade for a participant's new submission. Sent once. */
  async grade(
    participantKey: string,
    challengeClientName: string,
    fields: GradeFields,
  ): Promise<GradeOutcome> {
    const body = {
      api_key: participantKey,
      challenge_client_name: challengeClientName,
      ...gradeBody(fields),
    };
    const outcome = await this.#gradeWrite('POST', upstreamPath`/external_graders`, body, [participantKey]);
    if (outcome.ok && outcome.result.submissionId !== null)
      await this.#invalidateSubmission(outcome.result.submissionId);
    return outcome;
  }

  /** PATCH (regrade/update) an existing submission. Sent once. */
  async update(submissionId: number, fields: GradeFields): Promise<GradeOutcome> {
    const body = { ...gradeBody(fields), ...(fields.metaOverwrite ? { meta_overwrite: 'true' } : {}) };
    const outcome = await this.#gradeWrite(
      'PATCH',
      upstreamPath`/external_graders/${submissionId}`,
      body,
      [],
    );
    if (outcome.ok) await this.#invalidateSubmission(submissionId);
    return outcome;
  }

  /**
   * Uploads grader media for a participant: presign (`/presign`), then PUT the bytes to the signed
   * URL from the gateway, so the signed URL never reaches the caller. Returns the S3 key.
   */
  async uploadMedia(
    participantKey: string,
    file: Readable,
    contentType: string,
  ): Promise<{ ok: true; s3Key: string } | { ok: false; message: string }> {
    const request = this.request(
      { method: 'GET', path: upstreamPath`/external_graders/${participantKey}/presign` },
      [participantKey],
    );
    const answer = await this.upstream.requestJsonWithStatus(request);
    if (answer.status === 404)
      return { ok: false, message: this.parse(presignWire, answer.body, 'presign').message };
    if (answer.status !== 200) throw this.upstream.failure(answer.status, answer.text, request);
    const presigned = this.parse(presignWire, answer.body, 'presign');
    if (!presigned.presigned_url || !presigned.s3_key) {
      throw new GatewayError('UPSTREAM_BAD_RESPONSE', 'crowdAI presigned no upload URL.', {
        platform: 'CROWDAI',
      });
    }
    const chunks: Buffer[] = [];
    // S3 single PUTs need a length: media (GIFs, thumbnails) are small, and capped here.
    let size = 0;
    for await (const chunk of file) {
      const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += data.length;
      if (size > 50 * 1024 * 1024) return { ok: false, message: 'Media files are limited to 50 MiB.' };
      chunks.push(data);
    }
    const put = await this.upstream.sendToSignedUrl(
      'PUT',
      presigned.presigned_url,
      Buffer.concat(chunks),
      { 'content-type': contentType },
      this.trace ? { trace: this.trace } : {},
    );
    await put.body.dump();
    if (put.status < 200 || put.status >= 300) {
      throw new GatewayError(
        'UPSTREAM_UNAVAILABLE',
        `crowdAI storage refused the upload (HTTP ${put.status}).`,
        { platform: 'CROWDAI' },
      );
    }
    return { ok: true, s3Key: presigned.s3_key };
  }

  /**
   * Opens a submission file by the signed S3 URL the platform listed (never shown to clients): a
   * signed URL authorizes itself, and the organizer's key is not sent with it, even same-origin.
   */
  override openFile(url: string): ReturnType<UpstreamClient['openUrl']> {
    return this.upstream.openUrl(url, { headers: {} });
  }

  async #gradeWrite(
    method: 'POST' | 'PATCH',
    path: string,
    body: Record<string, unknown>,
    secrets: string[],
  ): Promise<GradeOutcome> {
    const request = this.request(
      { method, path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      secrets,
    );
    const answer = await this.upstream.requestJsonWithStatus(request);
    const parsed = gradeAnswerWire.safeParse(answer.body);
    const result: CrowdAIGradeResultModel | null = parsed.success
      ? {
          submissionId:
            parsed.data.submission_id === null || parsed.data.submission_id === undefined
              ? null
              : Number(parsed.data.submission_id),
          message: scrub(parsed.data.message, [...secrets, this.credential ?? '']),
          submissionsRemaining: parsed.data.submissions_remaining ?? null,
          resetAt: iso(parsed.data.reset_dttm ?? parsed.data.reset_date),
        }
      : null;
    if (answer.status === 202 && result) return { ok: true, result };
    if (answer.status === 400 && result) return { ok: false, message: result.message, result };
    throw this.upstream.failure(answer.status, answer.text, request);
  }

  async #invalidateSubmission(id: number): Promise<void> {
    await this.upstream.invalidate(this.scope, 'submissions', [{ path: upstreamPath`/submissions/${id}` }]);
  }
}

function gradeBody(fields: GradeFields): Record<string, unknown> {
  const body: Record<string, unknown> = { grading_status: fields.gradingStatus };
  if (fields.score !== undefined && fields.score !== null) body.score = fields.score;
  if (fields.scoreSecondary !== undefined && fields.scoreSecondary !== null)
    body.score_secondary = fields.scoreSecondary;
  if (fields.gradingMessage) body.grading_message = fields.gradingMessage;
  if (fields.descriptionMarkdown) body.description_markdown = fields.descriptionMarkdown;
  if (fields.media) {
    body.media_large = fields.media.large;
    body.media_thumbnail = fields.media.thumbnail;
    body.media_content_type = fields.media.contentType;
  }
  if (fields.meta !== undefined && fields.meta !== null) body.meta = fields.meta;
  if (fields.challengeRoundId !== undefined && fields.challengeRoundId !== null)
    body.challenge_round_id = fields.challengeRoundId;
  if (fields.postChallenge !== undefined && fields.postChallenge !== null)
    body.post_challenge = String(fields.postChallenge);
  return body;
}
