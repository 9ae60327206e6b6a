import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.js';
import { get, truthy } from './form.js';
import { jobOf, registerRoute, type Call } from './http.js';
import type { JobRecord } from './model.js';
import type { CrowdFlowerState } from './state.js';
import { drain, readUpload, uploadFormat, type ParsedUpload } from './upload.js';
import { jobJson } from './wire.js';

/**
 * `POST jobs/upload.json` and `jobs/{id}/upload.json`. These routes live in their own scope
 * whose only body parser leaves the request stream untouched, so `upload.ts` reads it row by row
 * instead of Fastify buffering it (and its body limit not applying).
 */

/** Platform bookkeeping columns that do not count when comparing an upload with a job's data. */
const isBookkeeping = (column: string): boolean =>
  column.startsWith('_') || column.endsWith('_gold') || column.endsWith('_gold_reason');

function checkColumns(job: JobRecord, upload: ParsedUpload): void {
  const existing = [...job.columns].filter((column) => !isBookkeeping(column)).sort();
  const incoming = [...upload.columns].filter((column) => !isBookkeeping(column)).sort();
  if (existing.length === 0 || existing.join('\u0000') === incoming.join('\u0000')) return;
  throw badRequest(
    `The columns in your upload (${incoming.join(', ')}) do not match the columns of this job's ` +
      `existing data (${existing.join(', ')}). Upload again with force=true to add the rows anyway.`,
  );
}

export function registerUploadRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;

  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => {
      done(null, undefined);
    });

    const upload = async (call: Call, target: (() => JobRecord) | undefined): Promise<unknown> => {
      const { raw } = call.request;
      try {
        const existing = target?.();
        const format = uploadFormat(call.request.headers['content-type']);
        const parsed = await readUpload(raw, format);
        const job = existing ?? store.createJob(call.user, call.at);
        if (existing !== undefined && !truthy(get(call.params, 'force'))) checkColumns(existing, parsed);
        for (const data of parsed.rows) store.addUnit(job, { data, at: call.at });
        job.updatedAt = call.at;
        return jobJson(store, job);
      } catch (error: unknown) {
        await drain(raw);
        throw error;
      }
    };

    registerRoute(scope, state, { methods: ['POST'], path: '/jobs/upload', suffix: 'optional' }, (call) =>
      upload(call, undefined),
    );
    registerRoute(
      scope,
      state,
      { methods: ['POST'], path: '/jobs/:job/upload', suffix: 'optional' },
      (call) => upload(call, () => jobOf(state, call)),
    );
  });
}
