import type { MutationResolvers, Resolvers } from '../__generated__/types.js';
import type { ArenaWriteOutcome } from '../../datasources/arena/index.js';
import type { PayloadModel } from '../support/models.js';
import { arenaOf } from '../support/platforms.js';
import { openUpload } from '../support/uploads.js';

type Mutations = Required<
  Pick<
    MutationResolvers,
    | 'addArenaGroup'
    | 'joinArenaGroup'
    | 'joinArenaRound'
    | 'createArenaJob'
    | 'claimNextArenaJob'
    | 'updateArenaJobDetails'
    | 'addArenaJobPicture'
  >
>;

function payload<T>(outcome: ArenaWriteOutcome<T | null>): PayloadModel<T> {
  return outcome.ok
    ? { value: outcome.value, message: null, userErrors: [] }
    : {
        value: null,
        message: null,
        userErrors: [{ field: outcome.field, message: outcome.message, code: outcome.code }],
      };
}

/** Extra scores are name → number or text; anything else is refused before any call. */
function extraScores(value: unknown): Record<string, string | number> | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return 'invalid';
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, v]) => typeof v === 'number' || typeof v === 'string')
    ? (Object.fromEntries(entries) as Record<string, string | number>)
    : 'invalid';
}

export const arenaMutations: Mutations = {
  addArenaGroup: async (_root, { input }, ctx) =>
    payload(await arenaOf(ctx).api.addGroup(input.name, input.public ?? true)),
  joinArenaGroup: async (_root, { input }, ctx) => payload(await arenaOf(ctx).api.joinGroup(input.name)),
  joinArenaRound: async (_root, { input }, ctx) => payload(await arenaOf(ctx).api.joinRound(input.roundId)),
  createArenaJob: async (_root, { input }, ctx) => {
    const params = input.params ?? {};
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      return {
        value: null,
        message: null,
        userErrors: [
          { field: ['input', 'params'], code: 'VALIDATION_ERROR', message: 'params must be a JSON object.' },
        ],
      };
    }
    return payload(
      await arenaOf(ctx).api.createJob({
        algorithm: input.algorithm,
        datasetId: input.datasetId,
        params: params as Record<string, unknown>,
        groupName: input.groupName ?? undefined,
        roundId: input.roundId ?? undefined,
      }),
    );
  },
  claimNextArenaJob: async (_root, _args, ctx) => payload(await arenaOf(ctx).api.claimNextJob()),
  updateArenaJobDetails: async (_root, { input }, ctx) => {
    const test = extraScores(input.extraScoresTest);
    const validation = extraScores(input.extraScoresValidation);
    for (const [name, value] of [
      ['extraScoresTest', test],
      ['extraScoresValidation', validation],
    ] as const) {
      if (value === 'invalid') {
        return {
          value: null,
          message: null,
          userErrors: [
            {
              field: ['input', name],
              code: 'VALIDATION_ERROR',
              message: `${name} maps names to numbers or text.`,
            },
          ],
        };
      }
    }
    return payload(
      await arenaOf(ctx).api.updateJobDetails(input.jobId, {
        success: input.success ?? undefined,
        scoreTest: input.scoreTest,
        scoreValidation: input.scoreValidation,
        labelsTraining: input.labelsTraining,
        labelsTest: input.labelsTest,
        labelsValidation: input.labelsValidation,
        extraScoresTest: test === 'invalid' ? null : test,
        extraScoresValidation: validation === 'invalid' ? null : validation,
        message: input.message,
        pictures: input.pictures,
      }),
    );
  },
  addArenaJobPicture: async (_root, { input }, ctx) => {
    const upload = await input.picture;
    return payload(
      await arenaOf(ctx).api.addJobPicture(input.jobId, {
        filename: upload.filename || 'picture',
        stream: openUpload(upload),
        contentType: upload.mimetype || undefined,
      }),
    );
  },
};

export const arenaPayloads: Pick<
  Resolvers,
  | 'ArenaGroupPayload'
  | 'ArenaRoundPayload'
  | 'ArenaJobPayload'
  | 'ClaimNextArenaJobPayload'
  | 'ArenaPicturePayload'
> = {
  ArenaGroupPayload: { group: (p) => p.value },
  ArenaRoundPayload: { round: (p) => p.value },
  ArenaJobPayload: { job: (p) => p.value },
  ClaimNextArenaJobPayload: { job: (p) => p.value },
  ArenaPicturePayload: { picture: (p) => p.value },
};
