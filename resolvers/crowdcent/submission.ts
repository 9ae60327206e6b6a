import type {
  CrowdCentSubmissionResolvers,
  MutationResolvers,
  SubmitCrowdCentPredictionsPayloadResolvers,
} from '../__generated__/types.js';
import { nodeId } from '../support/globalId.js';
import { crowdcentOf } from '../support/platforms.js';
import { challengeOf } from './datasets.js';
import { openUpload } from '../support/uploads.js';

export const CrowdCentSubmission: CrowdCentSubmissionResolvers = {
  id: nodeId,
  predictionFileUrl: (submission, _args, ctx) =>
    submission.predictionFileSignedUrl
      ? ctx.files.link({
          platform: 'CROWDCENT',
          path: submission.predictionFileSignedUrl,
          credential: crowdcentOf(ctx).api.credential,
          filename: `${submission.slug}-submission-${submission.submissionId}.parquet`,
        })
      : null,
  // One list call per challenge serves every submission's period in the query.
  inferencePeriod: async (submission, _args, ctx) =>
    (await crowdcentOf(ctx).loaders.inferencePeriods.load(submission.slug)).find(
      (period) => period.releaseDate === submission.periodReleaseDate,
    ) ?? null,
  challenge: (submission, _args, ctx) => challengeOf(submission.slug, ctx),
};

const NOTES_LIMIT = 2000;

export const submitCrowdCentPredictions: NonNullable<
  MutationResolvers['submitCrowdCentPredictions']
> = async (_root, { input }, ctx) => {
  const { api } = crowdcentOf(ctx);
  if (input.slot !== null && input.slot !== undefined && input.slot < 1) {
    return {
      kind: 'rejected',
      code: 'VALIDATION_ERROR',
      message: 'slot is 1-based.',
      field: ['input', 'slot'],
    };
  }
  if (input.notes && input.notes.length > NOTES_LIMIT) {
    return {
      kind: 'rejected',
      code: 'VALIDATION_ERROR',
      message: `notes are limited to ${NOTES_LIMIT} characters.`,
      field: ['input', 'notes'],
    };
  }
  const upload = await input.file;
  return api.submitPredictions({
    slug: input.challengeSlug,
    file: { filename: upload.filename || 'predictions.parquet', stream: openUpload(upload) },
    slot: input.slot,
    alsoQueueNext: input.alsoQueueNext,
    isExperimental: input.isExperimental,
    notes: input.notes,
  });
};

export const SubmitCrowdCentPredictionsPayload: SubmitCrowdCentPredictionsPayloadResolvers = {
  submission: (outcome) =>
    outcome.kind === 'created' || outcome.kind === 'replaced' ? outcome.submission : null,
  replaced: (outcome) => outcome.kind === 'replaced',
  queued: (outcome) => outcome.kind === 'queued',
  reconciled: (outcome) =>
    (outcome.kind === 'created' || outcome.kind === 'replaced') && outcome.reconciled === true,
  matchInfo: (outcome) => (outcome.kind === 'rejected' ? null : outcome.matchInfo),
  message: (outcome) => (outcome.kind === 'queued' ? outcome.message : null),
  queueErrorCode: (outcome) =>
    outcome.kind === 'created' || outcome.kind === 'replaced' ? outcome.queueErrorCode : null,
  queueError: (outcome) =>
    outcome.kind === 'created' || outcome.kind === 'replaced' ? outcome.queueError : null,
  userErrors: (outcome) =>
    outcome.kind === 'rejected'
      ? [{ field: outcome.field, message: outcome.message, code: outcome.code }]
      : [],
};
