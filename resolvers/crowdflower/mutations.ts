import { PassThrough, type Readable } from 'node:stream';
import type { CrowdFlowerJobAttributesInput, MutationResolvers, Resolvers } from '../__generated__/types.js';
import { readAfterWrite } from '../../datasources/core/index.js';
import { toWorker, type WriteOutcome } from '../../datasources/crowdflower/index.js';
import type {
  CrowdFlowerJobModel,
  CrowdFlowerOrderModel,
  CrowdFlowerUnitModel,
  CrowdFlowerWorkerModel,
} from '../../datasources/crowdflower/index.js';
import type { PayloadModel, UserErrorModel } from '../support/models.js';
import { crowdflowerOf } from '../support/platforms.js';
import { openUpload } from '../support/uploads.js';

type Mutations = Required<
  Pick<
    MutationResolvers,
    | 'createCrowdFlowerJob'
    | 'updateCrowdFlowerJob'
    | 'deleteCrowdFlowerJob'
    | 'copyCrowdFlowerJob'
    | 'uploadCrowdFlowerUnits'
    | 'launchCrowdFlowerJob'
    | 'pauseCrowdFlowerJob'
    | 'resumeCrowdFlowerJob'
    | 'cancelCrowdFlowerJob'
    | 'convertCrowdFlowerTestQuestions'
    | 'setCrowdFlowerJobTags'
    | 'addCrowdFlowerJobTags'
    | 'removeCrowdFlowerJobTags'
    | 'setCrowdFlowerJobChannels'
    | 'cancelCrowdFlowerUnit'
    | 'regenerateCrowdFlowerReport'
    | 'bonusCrowdFlowerWorker'
    | 'notifyCrowdFlowerWorker'
    | 'flagCrowdFlowerWorker'
    | 'deflagCrowdFlowerWorker'
    | 'rejectCrowdFlowerWorker'
  >
>;

const MAX_INLINE_ROWS = 10_000;

function payload<T>(outcome: WriteOutcome<T | null>): PayloadModel<T> {
  return outcome.ok
    ? { value: outcome.value, message: outcome.message, userErrors: [] }
    : {
        value: null,
        message: null,
        userErrors: [{ field: outcome.field, message: outcome.message, code: outcome.code }],
      };
}

function refused<T>(field: string[], message: string, code = 'BAD_USER_INPUT'): PayloadModel<T> {
  return { value: null, message: null, userErrors: [{ field, message, code }] };
}

/** GraphQL attribute names → the platform's, keeping only what was given. */
function jobAttributes(input: CrowdFlowerJobAttributesInput): Record<string, unknown> {
  const countries = (codes: readonly string[] | null | undefined) => codes?.map((code) => ({ code }));
  const attributes: Record<string, unknown> = {
    title: input.title,
    instructions: input.instructions,
    cml: input.cml,
    js: input.js,
    css: input.css,
    auto_order: input.autoOrder,
    auto_order_threshold: input.autoOrderThreshold,
    auto_order_timeout: input.autoOrderTimeout,
    fields: input.fields,
    confidence_fields: input.confidenceFields,
    custom_key: input.customKey,
    excluded_countries: countries(input.excludedCountries),
    included_countries: countries(input.includedCountries),
    gold_per_assignment: input.goldPerAssignment,
    judgments_per_unit: input.judgmentsPerUnit,
    language: input.language,
    max_judgments_per_unit: input.maxJudgmentsPerUnit,
    max_judgments_per_contributor: input.maxJudgmentsPerContributor,
    min_unit_confidence: input.minUnitConfidence,
    options: input.options,
    pages_per_assignment: input.pagesPerAssignment,
    problem: input.problem,
    send_judgments_webhook: input.sendJudgmentsWebhook,
    units_per_assignment: input.unitsPerAssignment,
    webhook_uri: input.webhookUri,
  };
  return Object.fromEntries(
    Object.entries(attributes).filter(([, value]) => value !== undefined && value !== null),
  );
}

/** Counts lines while the upload streams through, without holding it. */
function countingLines(source: Readable): { stream: Readable; lines: () => number } {
  let newlines = 0;
  let lastByte = 10;
  const through = new PassThrough();
  source.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) newlines += 1;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1] ?? 10;
  });
  source.on('error', (error) => through.destroy(error));
  source.pipe(through);
  return { stream: through, lines: () => newlines + (lastByte === 10 ? 0 : 1) };
}

export const crowdflowerMutations: Mutations = {
  createCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.createJob(jobAttributes(input.attributes))),
  updateCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.updateJob(input.jobId, jobAttributes(input.attributes))),
  deleteCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.deleteJob(input.jobId)),
  copyCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.copyJob(input.jobId, input.allUnits ?? false, input.gold ?? false)),
  uploadCrowdFlowerUnits: async (_root, { input }, ctx) => {
    const { api } = crowdflowerOf(ctx);
    const hasFile = input.file !== null && input.file !== undefined;
    const hasRows = input.rows !== null && input.rows !== undefined;
    if (hasFile === hasRows) {
      return { ...refused(['input'], 'Give exactly one of `file` and `rows`.'), rowsSent: 0 };
    }
    const format = input.format ?? 'JSON_LINES';
    const jobId = input.jobId ?? null;
    const force = input.force ?? false;
    if (input.rows) {
      if (input.rows.length === 0) return { ...refused(['input', 'rows'], '`rows` is empty.'), rowsSent: 0 };
      const bad = input.rows.findIndex(
        (row) => typeof row !== 'object' || row === null || Array.isArray(row),
      );
      if (input.rows.length > MAX_INLINE_ROWS) {
        return {
          ...refused(['input', 'rows'], `At most ${MAX_INLINE_ROWS} inline rows; upload a file for more.`),
          rowsSent: 0,
        };
      }
      if (bad >= 0)
        return { ...refused(['input', 'rows', String(bad)], 'Each row must be a JSON object.'), rowsSent: 0 };
      if (format !== 'JSON_LINES')
        return { ...refused(['input', 'format'], 'Inline rows are sent as JSON_LINES.'), rowsSent: 0 };
      const body = input.rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
      return {
        ...payload(await api.uploadUnits({ jobId, body, format, force })),
        rowsSent: input.rows.length,
      };
    }
    const upload = await input.file!;
    const counted = countingLines(openUpload(upload));
    const outcome = await api.uploadUnits({ jobId, body: counted.stream, format, force });
    const lines = counted.lines();
    return { ...payload(outcome), rowsSent: format === 'CSV' ? Math.max(0, lines - 1) : lines };
  },
  launchCrowdFlowerJob: async (_root, { input }, ctx) => {
    if (!Number.isInteger(input.unitsCount) || input.unitsCount < 1) {
      return refused<{ job: CrowdFlowerJobModel | null; order: CrowdFlowerOrderModel | null }>(
        ['input', 'unitsCount'],
        'unitsCount must be at least 1.',
      );
    }
    const channels = input.channels?.length ? input.channels : ['on_demand'];
    return payload(await crowdflowerOf(ctx).api.launch(input.jobId, input.unitsCount, channels));
  },
  pauseCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.pauseJob(input.jobId)),
  resumeCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.resumeJob(input.jobId)),
  cancelCrowdFlowerJob: async (_root, { input }, ctx) =>
    payload(await crowdflowerOf(ctx).api.cancelJob(input.jobId)),
  convertCrowdFlowerTestQuestions: async (_root, { input }, ctx) => {
    const { api } = crowdflowerOf(ctx);
    const outcome = await api.convertTestQuestions(input.jobId);
    return outcome.ok
      ? {
          value: await readAfterWrite(() => api.getJob(input.jobId)),
          message: outcome.message,
          userErrors: [],
        }
      : payload(outcome);
  },
  setCrowdFlowerJobTags: (_root, { input }, ctx) => tagsChange(ctx, input.jobId, input.tags, 'PUT'),
  addCrowdFlowerJobTags: (_root, { input }, ctx) => tagsChange(ctx, input.jobId, input.tags, 'POST'),
  removeCrowdFlowerJobTags: (_root, { input }, ctx) => tagsChange(ctx, input.jobId, input.tags, 'DELETE'),
  setCrowdFlowerJobChannels: async (_root, { input }, ctx) => {
    if (input.channels.length === 0) return refused(['input', 'channels'], 'Enable at least one channel.');
    const { api } = crowdflowerOf(ctx);
    const outcome = await api.setChannels(input.jobId, input.channels);
    return outcome.ok
      ? {
          value: await readAfterWrite(() => api.getJob(input.jobId)),
          message: outcome.message,
          userErrors: [],
        }
      : payload(outcome);
  },
  cancelCrowdFlowerUnit: async (_root, { input }, ctx): Promise<PayloadModel<CrowdFlowerUnitModel>> =>
    payload(await crowdflowerOf(ctx).api.cancelUnit(input.jobId, input.unitId)),
  regenerateCrowdFlowerReport: async (_root, { input }, ctx) => {
    const type = input.type ?? 'JSON';
    const outcome = await crowdflowerOf(ctx).api.regenerateReport(input.jobId, type);
    if (!outcome.ok) return payload(outcome);
    return {
      value: { jobId: input.jobId, type, status: 'GENERATING', downloadPath: null },
      message: outcome.message,
      userErrors: [],
    };
  },
  bonusCrowdFlowerWorker: async (_root, { input }, ctx) => {
    if (!Number.isInteger(input.amountCents) || input.amountCents < 1 || input.amountCents > 10_000) {
      return refused<CrowdFlowerWorkerModel>(
        ['input', 'amountCents'],
        'amountCents must be from 1 to 10000.',
      );
    }
    return workerCommand(ctx, input.jobId, input.workerId, 'bonus', {
      amount: input.amountCents,
      reason: input.reason ?? undefined,
    });
  },
  notifyCrowdFlowerWorker: async (_root, { input }, ctx) => {
    if (input.message.trim() === '')
      return refused<CrowdFlowerWorkerModel>(['input', 'message'], 'The message is empty.');
    return workerCommand(ctx, input.jobId, input.workerId, 'notify', { message: input.message });
  },
  flagCrowdFlowerWorker: async (_root, { input }, ctx) => {
    if (input.flag.trim() === '')
      return refused<CrowdFlowerWorkerModel>(['input', 'flag'], 'Say why the worker is flagged.');
    return workerCommand(ctx, input.jobId, input.workerId, 'flag', {
      flag: input.flag,
      persist: input.persist ?? false,
    });
  },
  deflagCrowdFlowerWorker: async (_root, { input }, ctx) =>
    workerCommand(ctx, input.jobId, input.workerId, 'deflag', { deflag: input.reason }),
  rejectCrowdFlowerWorker: async (_root, { input }, ctx) =>
    workerCommand(ctx, input.jobId, input.workerId, 'reject', {}),
};

type Ctx = Parameters<typeof crowdflowerOf>[0];

async function tagsChange(
  ctx: Ctx,
  jobId: number,
  tags: readonly string[],
  method: 'PUT' | 'POST' | 'DELETE',
): Promise<PayloadModel<CrowdFlowerJobModel> & { tags: string[] | null }> {
  const { api } = crowdflowerOf(ctx);
  const outcome = await api.setTags(jobId, tags, method);
  if (!outcome.ok) return { ...payload(outcome), tags: null };
  const [job, current] = await Promise.all([
    readAfterWrite(() => api.getJob(jobId)),
    readAfterWrite(() => api.getTags(jobId)),
  ]);
  return { value: job, message: outcome.message, userErrors: [] as UserErrorModel[], tags: current };
}

async function workerCommand(
  ctx: Ctx,
  jobId: number,
  workerId: number,
  command: 'bonus' | 'notify' | 'flag' | 'deflag' | 'reject',
  fields: Record<string, unknown>,
): Promise<PayloadModel<CrowdFlowerWorkerModel>> {
  const outcome = await crowdflowerOf(ctx).api.workerCommand(jobId, workerId, command, fields);
  return outcome.ok
    ? { value: toWorker(jobId, workerId), message: outcome.message, userErrors: [] }
    : payload(outcome);
}

/** Every payload model carries `value`; each payload type names it for what it is. */
export const payloadResolvers: Pick<
  Resolvers,
  | 'CrowdFlowerJobPayload'
  | 'LaunchCrowdFlowerJobPayload'
  | 'DeleteCrowdFlowerJobPayload'
  | 'UploadCrowdFlowerUnitsPayload'
  | 'CrowdFlowerUnitPayload'
  | 'CrowdFlowerTagsPayload'
  | 'CrowdFlowerWorkerPayload'
  | 'RegenerateCrowdFlowerReportPayload'
> = {
  CrowdFlowerJobPayload: { job: (p) => p.value },
  LaunchCrowdFlowerJobPayload: { job: (p) => p.value?.job ?? null, order: (p) => p.value?.order ?? null },
  DeleteCrowdFlowerJobPayload: { deletedJobId: (p) => p.value },
  UploadCrowdFlowerUnitsPayload: { job: (p) => p.value },
  CrowdFlowerUnitPayload: { unit: (p) => p.value },
  CrowdFlowerTagsPayload: { job: (p) => p.value },
  CrowdFlowerWorkerPayload: { worker: (p) => p.value },
  RegenerateCrowdFlowerReportPayload: { report: (p) => p.value },
};
