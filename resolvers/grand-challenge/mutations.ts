import type { MutationResolvers, Resolvers } from '../__generated__/types.js';
import type {
  GcArchiveItemModel,
  GcDisplaySetModel,
  GrandChallengeApi,
} from '../../datasources/grand-challenge/index.js';
import { readAfterWrite } from '../../datasources/core/index.js';
import type { PayloadModel, UserErrorModel } from '../support/models.js';
import { grandChallengeOf } from '../support/platforms.js';
import { planValues } from './values.js';

type Mutations = Required<
  Pick<
    MutationResolvers,
    | 'startGrandChallengeAlgorithmJob'
    | 'addCaseToGrandChallengeArchive'
    | 'updateGrandChallengeArchiveItem'
    | 'addCaseToGrandChallengeReaderStudy'
    | 'updateGrandChallengeDisplaySet'
    | 'createGrandChallengeAnswer'
  >
>;

function refusal<T>(userErrors: UserErrorModel[]): PayloadModel<T> {
  return { value: null, message: null, userErrors };
}

function platformRefusal(
  messages: string[],
  field: string[] | null,
  code = 'VALIDATION_ERROR',
): UserErrorModel[] {
  return messages.map((message) => ({ field, message, code }));
}

/**
 * Create-then-PATCH (the platform takes values only by update). If the values are refused after
 * the object was created, the object is returned with a PARTIALLY_APPLIED userError saying so —
 * never left behind unreported.
 */
async function createThenSetValues<T extends GcArchiveItemModel | GcDisplaySetModel>(options: {
  api: GrandChallengeApi;
  values: Parameters<typeof planValues>[1];
  create: () => ReturnType<GrandChallengeApi['createArchiveItem']>;
  patch: (
    pk: string,
    civs: Parameters<GrandChallengeApi['patchArchiveItem']>[1],
  ) => ReturnType<GrandChallengeApi['patchArchiveItem']>;
  load: (pk: string) => Promise<T | null>;
  what: string;
}): Promise<PayloadModel<T>> {
  const plan = await planValues(options.api, options.values, 'values');
  if (!plan.ok) return refusal(plan.userErrors);
  const created = await options.create();
  if (!created.ok) return refusal(platformRefusal(created.messages, null));
  const pk = created.value.pk;
  const partial = (errors: UserErrorModel[]): UserErrorModel[] => [
    ...errors,
    {
      field: null,
      code: 'PARTIALLY_APPLIED',
      message: `The ${options.what} ${pk} was created, but its values were not set; update it or remove it on the platform.`,
    },
  ];
  const resolved = await plan.resolve();
  if (!resolved.ok)
    return {
      value: await readAfterWrite(() => options.load(pk)),
      message: null,
      userErrors: partial(resolved.userErrors),
    };
  const patched = await options.patch(pk, resolved.civs);
  if (!patched.ok) {
    return {
      value: await readAfterWrite(() => options.load(pk)),
      message: null,
      userErrors: partial(platformRefusal(patched.messages, ['input', 'values'])),
    };
  }
  return { value: await readAfterWrite(() => options.load(pk)), message: null, userErrors: [] };
}

async function setValues<T>(options: {
  api: GrandChallengeApi;
  values: Parameters<typeof planValues>[1];
  patch: (
    civs: Parameters<GrandChallengeApi['patchArchiveItem']>[1],
  ) => ReturnType<GrandChallengeApi['patchArchiveItem']>;
  load: () => Promise<T | null>;
}): Promise<PayloadModel<T>> {
  const plan = await planValues(options.api, options.values, 'values');
  if (!plan.ok) return refusal(plan.userErrors);
  const resolved = await plan.resolve();
  if (!resolved.ok) return refusal(resolved.userErrors);
  const patched = await options.patch(resolved.civs);
  if (!patched.ok) {
    return refusal(
      platformRefusal(
        patched.messages,
        ['input', 'values'],
        patched.status === 404 ? 'NOT_FOUND' : 'VALIDATION_ERROR',
      ),
    );
  }
  return { value: await readAfterWrite(() => options.load()), message: null, userErrors: [] };
}

export const grandChallengeMutations: Mutations = {
  startGrandChallengeAlgorithmJob: async (_root, { input }, ctx) => {
    const { api, loaders } = grandChallengeOf(ctx);
    const algorithm = await api.algorithmBySlug(input.algorithmSlug);
    if (!algorithm) {
      return refusal([
        {
          field: ['input', 'algorithmSlug'],
          code: 'NOT_FOUND',
          message: `No algorithm "${input.algorithmSlug}" is visible to you.`,
        },
      ]);
    }
    const plan = await planValues(api, input.inputs, 'inputs');
    if (!plan.ok) return refusal(plan.userErrors);
    // gcapi matches the inputs to one of the algorithm's interfaces before sending anything.
    const given = new Set(plan.sockets.map((s) => s.slug));
    const matches = algorithm.interfaces.some(
      (i) => i.inputs.length === given.size && i.inputs.every((s) => given.has(s.slug)),
    );
    if (!matches) {
      const accepted = algorithm.interfaces
        .map((i) => `[${i.inputs.map((s) => s.slug).join(', ')}]`)
        .join(' or ');
      return refusal([
        {
          field: ['input', 'inputs'],
          code: 'INTERFACE_MISMATCH',
          message: `${algorithm.slug} takes inputs ${accepted}.`,
        },
      ]);
    }
    const resolved = await plan.resolve();
    if (!resolved.ok) return refusal(resolved.userErrors);
    const started = await api.startJob(algorithm.apiUrl, resolved.civs);
    if (!started.ok) return refusal(platformRefusal(started.messages, ['input', 'inputs']));
    return {
      value: await readAfterWrite(() => loaders.job.load(started.value.pk)),
      message: null,
      userErrors: [],
    };
  },
  addCaseToGrandChallengeArchive: async (_root, { input }, ctx) => {
    const { api } = grandChallengeOf(ctx);
    const archive = await api.archiveBySlug(input.archiveSlug);
    if (!archive) {
      return refusal([
        {
          field: ['input', 'archiveSlug'],
          code: 'NOT_FOUND',
          message: `No archive "${input.archiveSlug}" is visible to you.`,
        },
      ]);
    }
    return createThenSetValues({
      api,
      values: input.values,
      create: () => api.createArchiveItem(archive.apiUrl, input.title ?? undefined),
      patch: (pk, civs) => api.patchArchiveItem(pk, civs),
      load: (pk) => api.getArchiveItem(pk),
      what: 'archive item',
    });
  },
  updateGrandChallengeArchiveItem: (_root, { input }, ctx) => {
    const { api } = grandChallengeOf(ctx);
    return setValues({
      api,
      values: input.values,
      patch: (civs) => api.patchArchiveItem(input.archiveItemPk, civs),
      load: () => api.getArchiveItem(input.archiveItemPk),
    });
  },
  addCaseToGrandChallengeReaderStudy: async (_root, { input }, ctx) => {
    const { api } = grandChallengeOf(ctx);
    const study = await api.readerStudyBySlug(input.readerStudySlug);
    if (!study) {
      return refusal([
        {
          field: ['input', 'readerStudySlug'],
          code: 'NOT_FOUND',
          message: `No reader study "${input.readerStudySlug}" is visible to you.`,
        },
      ]);
    }
    return createThenSetValues({
      api,
      values: input.values,
      create: () => api.createDisplaySet(study.slug, input.title ?? undefined),
      patch: (pk, civs) => api.patchDisplaySet(pk, civs),
      load: (pk) => api.getDisplaySet(pk),
      what: 'display set',
    });
  },
  updateGrandChallengeDisplaySet: (_root, { input }, ctx) => {
    const { api } = grandChallengeOf(ctx);
    return setValues({
      api,
      values: input.values,
      patch: (civs) => api.patchDisplaySet(input.displaySetPk, civs),
      load: () => api.getDisplaySet(input.displaySetPk),
    });
  },
  createGrandChallengeAnswer: async (_root, { input }, ctx) => {
    const { api } = grandChallengeOf(ctx);
    const created = await api.createAnswer({
      question: api.apiUrl(`/reader-studies/questions/${encodeURIComponent(input.questionPk)}/`),
      display_set: api.apiUrl(`/reader-studies/display-sets/${encodeURIComponent(input.displaySetPk)}/`),
      answer: input.answer ?? null,
    });
    return created.ok
      ? { value: created.value, message: null, userErrors: [] }
      : refusal(platformRefusal(created.messages, ['input']));
  },
};

export const grandChallengePayloads: Pick<
  Resolvers,
  | 'StartGrandChallengeAlgorithmJobPayload'
  | 'GrandChallengeArchiveItemPayload'
  | 'GrandChallengeDisplaySetPayload'
  | 'CreateGrandChallengeAnswerPayload'
> = {
  StartGrandChallengeAlgorithmJobPayload: { job: (p) => p.value },
  GrandChallengeArchiveItemPayload: { archiveItem: (p) => p.value },
  GrandChallengeDisplaySetPayload: { displaySet: (p) => p.value },
  CreateGrandChallengeAnswerPayload: { answer: (p) => p.value },
};
