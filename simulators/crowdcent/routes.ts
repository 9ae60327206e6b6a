import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';
import { inferenceObject, metaModelObject, trainingObject } from './files.js';
import { authenticate, notFound, originOf, requireChallenge } from './http.js';
import type { Period } from './periods.js';
import type { ChallengeSeed, TrainingSeed } from './seed.js';
import { calendarOf, type CrowdCentState } from './state.js';
import { STORAGE_PREFIX } from './storage.js';
import { registerSubmissionRoutes } from './submissionRoutes.js';
import { isDateKey } from './time.js';
import type { UserRecord } from './users.js';
import { challengeJson, inferenceJson, trainingJson } from './wire.js';

type SlugParams = { Params: { slug: string } };
type VersionParams = { Params: { slug: string; version: string } };
type DateParams = { Params: { slug: string; date: string } };

/** Routes under `/api`; every path ends in `/`, the core's APPEND_SLASH handles the rest. */
export function registerApiRoutes(app: FastifyInstance, state: CrowdCentState): void {
  app.register(
    async (api) => {
      const users = new WeakMap<FastifyRequest, UserRecord>();
      // DRF authenticates before it looks anything up, so an unknown slug without a key is a 401
      api.addHook('onRequest', async (request) => {
        users.set(request, authenticate(request));
      });
      const userOf = (request: FastifyRequest): UserRecord => {
        const user = users.get(request);
        if (user === undefined)
          throw new SimulatorHttpError(401, 'Authentication credentials were not provided.');
        return user;
      };

      api.get('/auth/check/', async (request) => {
        const user = userOf(request);
        return { username: user.username, allow_trading: user.allowTrading, oms_access: user.omsAccess };
      });

      api.get('/challenges/', async () =>
        [...state.challenges.values()].filter((challenge) => challenge.isActive).map(challengeJson),
      );

      api.get<SlugParams>('/challenges/:slug/', async (request) =>
        challengeJson(requireChallenge(state, request.params.slug)),
      );

      api.get<SlugParams>('/challenges/:slug/training_data/', async (request) => {
        const challenge = requireChallenge(state, request.params.slug);
        return challenge.training.map((dataset) => trainingJson(originOf(request), challenge, dataset));
      });

      api.get<VersionParams>('/challenges/:slug/training_data/:version/', async (request) => {
        const challenge = requireChallenge(state, request.params.slug);
        return trainingJson(originOf(request), challenge, trainingDataset(challenge, request.params.version));
      });

      api.get<VersionParams>('/challenges/:slug/training_data/:version/download/', async (request, reply) => {
        const challenge = requireChallenge(state, request.params.slug);
        const key = trainingObject(state, challenge, trainingDataset(challenge, request.params.version));
        return reply.redirect(state.storage.signedUrl(originOf(request), key, state.now()), 302);
      });

      api.get<SlugParams>('/challenges/:slug/inference_data/', async (request) => {
        const challenge = requireChallenge(state, request.params.slug);
        const now = state.now();
        const periods = calendarOf(state, challenge).released(now).reverse();
        return periods.map((period) => inferenceJson(originOf(request), challenge, period, now));
      });

      api.get<DateParams>('/challenges/:slug/inference_data/:date/', async (request) => {
        const challenge = requireChallenge(state, request.params.slug);
        const now = state.now();
        return inferenceJson(
          originOf(request),
          challenge,
          inferencePeriod(state, challenge, request.params.date),
          now,
        );
      });

      api.get<DateParams>('/challenges/:slug/inference_data/:date/download/', async (request, reply) => {
        const challenge = requireChallenge(state, request.params.slug);
        const now = state.now();
        const period = inferencePeriod(state, challenge, request.params.date);
        // the client polls this every 30 s and treats 404 as "not yet"
        if (period.published > now)
          throw notFound(`Inference data for ${period.date} has not been published yet.`);
        const key = inferenceObject(state, challenge, period);
        return reply.redirect(state.storage.signedUrl(originOf(request), key, now), 302);
      });

      api.get<SlugParams>('/challenges/:slug/meta_model/download/', async (request, reply) => {
        const user = userOf(request);
        const challenge = requireChallenge(state, request.params.slug);
        if (user.tier !== 'challenger') {
          throw new SimulatorHttpError(
            403,
            'The real-time meta model is available to the Challenger tier (100+ CC Points) and above.',
            'PERMISSION_DENIED',
          );
        }
        const now = state.now();
        const closed = calendarOf(state, challenge)
          .released(now)
          .filter((period) => period.deadline <= now);
        if (closed.length === 0) throw notFound('No meta model is available for this challenge yet.');
        const key = metaModelObject(state, challenge, closed);
        return reply.redirect(state.storage.signedUrl(originOf(request), key, now), 302);
      });

      registerSubmissionRoutes(api, state, userOf);
    },
    { prefix: '/api' },
  );
  registerStorageRoute(app, state);
}

function trainingDataset(challenge: ChallengeSeed, version: string): TrainingSeed {
  const dataset =
    version === 'latest'
      ? challenge.training.find((candidate) => candidate.isLatest)
      : challenge.training.find((candidate) => candidate.version === version);
  if (dataset === undefined) throw notFound(`Training dataset '${version}' not found for ${challenge.slug}.`);
  return dataset;
}

/** `current` or a `YYYY-MM-DD` release date. */
function inferencePeriod(state: CrowdCentState, challenge: ChallengeSeed, date: string): Period {
  const calendar = calendarOf(state, challenge);
  const now = state.now();
  if (date === 'current') {
    const current = calendar.current(now);
    if (current === undefined) throw notFound('No active inference period.');
    return current;
  }
  if (!isDateKey(date))
    throw new SimulatorHttpError(400, 'Invalid date format. Use YYYY-MM-DD.', 'VALIDATION_ERROR');
  const period = calendar.byDate(date, now);
  if (period === undefined) throw notFound(`No inference data for ${date}.`);
  return period;
}

/** S3 answers in XML, not in the API's JSON; a client must cope with both. */
function s3Error(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

function registerStorageRoute(app: FastifyInstance, state: CrowdCentState): void {
  app.get<{ Params: { '*': string }; Querystring: Record<string, unknown> }>(
    `${STORAGE_PREFIX}*`,
    async (request, reply) => {
      const key = request.params['*'];
      const { expires, signature } = request.query;
      const check =
        typeof expires === 'string' && typeof signature === 'string'
          ? state.storage.verify(key, expires, signature, state.now())
          : 'invalid';
      if (check !== 'ok') {
        const [code, message] =
          check === 'expired'
            ? ['AccessDenied', 'Request has expired']
            : [
                'SignatureDoesNotMatch',
                'The request signature we calculated does not match the signature you provided.',
              ];
        return reply.code(403).type('application/xml').send(s3Error(code, message));
      }
      const fileName = key.split('/').at(-1) ?? 'file.parquet';
      const synthetic = state.storage.openSynthetic(key);
      if (synthetic !== undefined) {
        return reply
          .type('application/octet-stream')
          .header('content-length', String(synthetic.size))
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(synthetic.stream);
      }
      const bytes = state.storage.read(key);
      if (bytes === undefined) {
        return reply
          .code(404)
          .type('application/xml')
          .send(s3Error('NoSuchKey', 'The specified key does not exist.'));
      }
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
