import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createGraded, updateGraded } from './grading.js';
import {
  CrowdAIError,
  frameworkNotFound,
  lastSegment,
  middleSegment,
  originOf,
  paramsOf,
  requireOrganizer,
} from './http.js';
import { integerParam } from './params.js';
import type { CrowdAIState } from './state.js';
import { participantForKey } from './users.js';
import { submissionInfoBody } from './wire.js';

/** `/api/external_graders` (reference §2): key check, create, regrade, presign, submission_info. */

type KeyParams = { Params: { key: string } };

const NO_PARTICIPANT = 'No participant could be found for this API key';

/** Registers a path and its trailing-slash twin, which the Rails router treats alike. */
export function withSlash(path: string): string[] {
  return [path, `${path}/`];
}

export function registerGraderRoutes(api: FastifyInstance, state: CrowdAIState): void {
  for (const url of withSlash('/external_graders/challenge_config')) {
    // routed, but the action was removed in 2017: Rails answers 404 before any before_action
    api.get(url, async () => {
      throw frameworkNotFound();
    });
  }

  for (const url of withSlash('/external_graders/:key')) {
    api.get<KeyParams>(url, async (request) => {
      requireOrganizer(request);
      const participant = participantForKey(lastSegment(request.params.key));
      if (participant === undefined)
        throw new CrowdAIError(404, { message: NO_PARTICIPANT, participant_id: null });
      return { message: 'Developer API key is valid', participant_id: participant.id };
    });
    api.route<KeyParams>({
      method: ['PATCH', 'PUT'],
      url,
      handler: async (request, reply) => {
        requireOrganizer(request);
        const body = updateGraded(state, lastSegment(request.params.key), paramsOf(request));
        return reply.code(202).send(body);
      },
    });
  }

  for (const url of withSlash('/external_graders')) {
    api.post(url, async (request, reply) => {
      const caller = requireOrganizer(request);
      return reply.code(202).send(createGraded(state, caller, paramsOf(request)));
    });
  }

  for (const url of withSlash('/external_graders/:key/presign')) {
    // no authentication: the participant's key is the credential
    api.get<KeyParams>(url, async (request) => {
      const participant = participantForKey(middleSegment(request.params.key));
      if (participant === undefined)
        throw new CrowdAIError(404, {
          message: NO_PARTICIPANT,
          participant_id: null,
          s3_key: null,
          presigned_url: null,
        });
      const s3Key = `submissions/${randomUUID()}`;
      return {
        message: 'Presigned url generated',
        participant_id: participant.id,
        s3_key: s3Key,
        presigned_url: state.storage.presignedUrl(originOf(request), 'PUT', s3Key, state.now()),
      };
    });
  }

  for (const url of withSlash('/external_graders/:key/submission_info')) {
    api.get<KeyParams>(url, async (request) => {
      const raw = middleSegment(request.params.key);
      const submission = state.submission(integerParam(raw) ?? 0);
      if (submission === undefined)
        throw new CrowdAIError(400, { message: `Couldn't find Submission with 'id'=${raw}`, body: null });
      return { message: 'Submission details found.', body: submissionInfoBody(submission) };
    });
  }
}
