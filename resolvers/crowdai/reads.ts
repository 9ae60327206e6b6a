import type {
  CrowdAIChallengeResolvers,
  CrowdAIParticipantResolvers,
  CrowdAIQueryResolvers,
  CrowdAISubmissionResolvers,
} from '../__generated__/types.js';
import { toParticipant, type CrowdAIChallengeModel } from '../../datasources/crowdai/index.js';
import type { GatewayContext } from '../context.js';
import { connectionFromList } from '../support/connections.js';
import { nodeId } from '../support/globalId.js';
import { crowdaiOf } from '../support/platforms.js';

/** A listed challenge lacks its rounds: the detail (one call, deduplicated) fills them in. */
async function detailed(
  challenge: CrowdAIChallengeModel,
  ctx: GatewayContext,
): Promise<CrowdAIChallengeModel> {
  if (challenge.rounds) return challenge;
  return (await crowdaiOf(ctx).loaders.challenge.load(challenge.challengeId)) ?? challenge;
}

async function submissionsOf(
  challengeId: number,
  args: {
    gradingStatus?: string | null;
    since?: string | null;
    roundId?: number | null;
    first?: number | null;
    after?: string | null;
  },
  ctx: GatewayContext,
) {
  const list = await crowdaiOf(ctx).api.listSubmissions(challengeId, {
    gradingStatus: args.gradingStatus?.toLowerCase(),
    after: args.since ?? undefined,
    roundId: args.roundId ?? undefined,
  });
  return connectionFromList(list, args);
}

export const CrowdAIQuery: CrowdAIQueryResolvers = {
  challenges: async (_root, args, ctx) => connectionFromList(await crowdaiOf(ctx).api.listChallenges(), args),
  challenge: (_root, { challengeId }, ctx) => crowdaiOf(ctx).loaders.challenge.load(challengeId),
  submission: (_root, { submissionId }, ctx) => crowdaiOf(ctx).api.getSubmission(submissionId),
  submissions: (_root, args, ctx) => submissionsOf(args.challengeId, args, ctx),
  participant: (_root, { name }, ctx) => crowdaiOf(ctx).api.getParticipant(name),
  participantKey: (_root, { apiKey }, ctx) => crowdaiOf(ctx).api.checkParticipantKey(apiKey),
};

export const CrowdAIChallenge: CrowdAIChallengeResolvers = {
  id: nodeId,
  rounds: async (challenge, _args, ctx) => (await detailed(challenge, ctx)).rounds,
  startsAt: async (challenge, _args, ctx) => (await detailed(challenge, ctx)).startsAt,
  endsAt: async (challenge, _args, ctx) => (await detailed(challenge, ctx)).endsAt,
  submissions: (challenge, args, ctx) => submissionsOf(challenge.challengeId, args, ctx),
};

export const CrowdAISubmission: CrowdAISubmissionResolvers = {
  id: nodeId,
  participant: (submission) => toParticipant(submission.participantId, submission.submitter, null),
  gradingMessage: async (submission, _args, ctx) =>
    (await crowdaiOf(ctx).loaders.submissionInfo.load(submission.submissionId))?.gradingMessage ?? null,
  postChallenge: async (submission, _args, ctx) =>
    (await crowdaiOf(ctx).loaders.submissionInfo.load(submission.submissionId))?.postChallenge ?? null,
  mediaContentType: async (submission, _args, ctx) =>
    (await crowdaiOf(ctx).loaders.submissionInfo.load(submission.submissionId))?.mediaContentType ?? null,
  files: (submission, _args, ctx) =>
    submission.files.map((file) => ({
      s3Key: file.s3Key,
      downloadUrl: file.signedUrl
        ? ctx.files.link({
            platform: 'CROWDAI',
            path: file.signedUrl,
            credential: crowdaiOf(ctx).api.credential,
            filename:
              file.s3Key?.split('/').at(-1) ?? `submission-${submission.submissionId}-file-${file.fileId}`,
          })
        : null,
    })),
};

export const CrowdAIParticipant: CrowdAIParticipantResolvers = { id: nodeId };
