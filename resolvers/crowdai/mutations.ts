import type {
  CrowdAIGradeStatus,
  CrowdAIMediaInput,
  MutationResolvers,
  Resolvers,
} from '../__generated__/types.js';
import type { GradeFields, GradeOutcome } from '../../datasources/crowdai/index.js';
import type { CrowdAIGradePayloadModel, UserErrorModel } from '../support/models.js';
import { crowdaiOf } from '../support/platforms.js';
import { openUpload } from '../support/uploads.js';

type Mutations = Required<
  Pick<MutationResolvers, 'gradeCrowdAISubmission' | 'updateCrowdAISubmission' | 'uploadCrowdAIMedia'>
>;

interface GradeInput {
  gradingStatus: CrowdAIGradeStatus;
  score?: number | null;
  scoreSecondary?: number | null;
  gradingMessage?: string | null;
  descriptionMarkdown?: string | null;
  media?: CrowdAIMediaInput | null;
  meta?: unknown;
}

/** The platform's own rules, checked before any call so a refused grade costs nothing upstream. */
function checkGrade(input: GradeInput): UserErrorModel[] {
  const errors: UserErrorModel[] = [];
  if (input.gradingStatus === 'FAILED' && !input.gradingMessage?.trim()) {
    errors.push({
      field: ['input', 'gradingMessage'],
      code: 'BAD_USER_INPUT',
      message: 'A FAILED grade needs a gradingMessage.',
    });
  }
  if (input.gradingStatus === 'GRADED' && (input.score === null || input.score === undefined)) {
    errors.push({
      field: ['input', 'score'],
      code: 'BAD_USER_INPUT',
      message: 'A GRADED grade needs a score.',
    });
  }
  for (const [name, value] of [
    ['score', input.score],
    ['scoreSecondary', input.scoreSecondary],
  ] as const) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      errors.push({
        field: ['input', name],
        code: 'BAD_USER_INPUT',
        message: `${name} must be a finite number.`,
      });
    }
  }
  return errors;
}

function fieldsOf(
  input: GradeInput & {
    challengeRoundId?: number | null;
    postChallenge?: boolean | null;
    metaOverwrite?: boolean | null;
  },
): GradeFields {
  return {
    gradingStatus: input.gradingStatus.toLowerCase() as GradeFields['gradingStatus'],
    score: input.score,
    scoreSecondary: input.scoreSecondary,
    gradingMessage: input.gradingMessage,
    descriptionMarkdown: input.descriptionMarkdown,
    media: input.media ?? null,
    meta: input.meta,
    challengeRoundId: input.challengeRoundId,
    postChallenge: input.postChallenge,
    metaOverwrite: input.metaOverwrite,
  };
}

function payloadOf(outcome: GradeOutcome): CrowdAIGradePayloadModel {
  const result = outcome.result;
  if (!outcome.ok) {
    return {
      value: result,
      message: result?.message ?? null,
      userErrors: [{ field: null, code: 'PLATFORM_REFUSED', message: outcome.message }],
    };
  }
  return { value: outcome.result, message: outcome.result.message, userErrors: [], submission: undefined };
}

export const crowdaiMutations: Mutations = {
  gradeCrowdAISubmission: async (_root, { input }, ctx) => {
    const errors = checkGrade(input);
    if (errors.length > 0) return { value: null, message: null, userErrors: errors };
    const outcome = await crowdaiOf(ctx).api.grade(
      input.participantApiKey,
      input.challengeClientName,
      fieldsOf(input),
    );
    return payloadOf(outcome);
  },
  updateCrowdAISubmission: async (_root, { input }, ctx) => {
    const errors = checkGrade(input);
    if (errors.length > 0) return { value: null, message: null, userErrors: errors };
    const outcome = await crowdaiOf(ctx).api.update(input.submissionId, fieldsOf(input));
    return payloadOf(outcome);
  },
  uploadCrowdAIMedia: async (_root, { input }, ctx) => {
    const upload = await input.file;
    const result = await crowdaiOf(ctx).api.uploadMedia(
      input.participantApiKey,
      openUpload(upload),
      upload.mimetype || 'application/octet-stream',
    );
    return result.ok
      ? { s3Key: result.s3Key, userErrors: [] }
      : {
          s3Key: null,
          userErrors: [{ field: ['input'], code: 'PLATFORM_REFUSED', message: result.message }],
        };
  },
};

export const crowdaiPayloads: Pick<Resolvers, 'CrowdAIGradePayload'> = {
  CrowdAIGradePayload: {
    submissionId: (p) => p.value?.submissionId ?? null,
    submissionsRemaining: (p) => p.value?.submissionsRemaining ?? null,
    resetAt: (p) => p.value?.resetAt ?? null,
    // Reading a submission needs the admin key; an organizer's grade answers without it.
    submission: async (p, _args, ctx) => {
      const id = p.value?.submissionId;
      if (id === null || id === undefined) return null;
      return crowdaiOf(ctx)
        .api.getSubmission(id)
        .catch(() => null);
    },
  },
};
