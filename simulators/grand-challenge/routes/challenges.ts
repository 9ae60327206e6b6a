import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canViewEvaluation, isExternalEvaluator } from '../access.js';
import {
  ApiError,
  badRequest,
  bodyObject,
  forbidden,
  isJsonObject,
  notFound,
  queryUuids,
  requireUser,
  uuidParam,
} from '../http.js';
import { rankPhase, type Ranking } from '../leaderboard.js';
import type { EvaluationRecord, PhaseRecord } from '../model.js';
import { paginate } from '../paging.js';
import { socket } from '../sockets.js';
import type { UserRecord } from '../users.js';
import { challengeJson, evaluationJson, externalEvaluationJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** `challenges/` (public listing, by slug) and `evaluations/` with the external-evaluation flow. */

const statusError = (message: string): ApiError => new ApiError(400, { status: message });

export function registerChallengeRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  api.get('/challenges/', async (request) => {
    const now = state.now();
    const challenges = [...state.challenges.values()]
      .filter((challenge) => !challenge.hidden)
      .sort((a, b) => b.created - a.created);
    const links = context.links(request);
    return paginate(request, challenges, (challenge) => challengeJson(links, challenge, now));
  });

  api.get<{ Params: { slug: string } }>('/challenges/:slug/', async (request) => {
    const challenge = state.challenges.get(request.params.slug);
    if (challenge === undefined || challenge.hidden) throw notFound('Challenge');
    return challengeJson(context.links(request), challenge, state.now());
  });

  /** Ranks are derived per phase; one request ranks each phase once. */
  const ranker = (): ((evaluation: EvaluationRecord) => Ranking | undefined) => {
    const cache = new Map<PhaseRecord, Map<string, Ranking>>();
    return (evaluation) => {
      const { phase } = evaluation.submission;
      let ranks = cache.get(phase);
      if (ranks === undefined) {
        ranks = rankPhase(state, phase);
        cache.set(phase, ranks);
      }
      return ranks.get(evaluation.pk);
    };
  };

  api.get('/evaluations/', async (request) => {
    const user = context.user(request);
    const phases = queryUuids(request.query, 'submission__phase');
    const evaluations = [...state.evaluations.values()]
      .filter(
        (evaluation) =>
          canViewEvaluation(user, evaluation) &&
          (phases === undefined || phases.includes(evaluation.submission.phase.pk)),
      )
      .sort((a, b) => b.created - a.created);
    const links = context.links(request);
    const rankOf = ranker();
    return paginate(request, evaluations, (evaluation) =>
      evaluationJson(links, evaluation, rankOf(evaluation)),
    );
  });

  // a bare list, not a page (reference §2)
  api.get('/evaluations/claimable_evaluations/', async (request) => {
    const user = requireUser(context.user(request));
    const links = context.links(request);
    return [...state.evaluations.values()]
      .filter(
        (evaluation) =>
          evaluation.status === 'Queued' && isExternalEvaluator(user, evaluation.submission.phase),
      )
      .sort((a, b) => a.created - b.created)
      .map((evaluation) => externalEvaluationJson(links, evaluation));
  });

  const visibleEvaluation = (pk: string, user: UserRecord | null): EvaluationRecord => {
    const id = uuidParam(pk);
    const evaluation = id === undefined ? undefined : state.evaluations.get(id);
    if (evaluation === undefined || !canViewEvaluation(user, evaluation)) throw notFound('Evaluation');
    return evaluation;
  };

  api.get<PkParams>('/evaluations/:pk/', async (request) => {
    const evaluation = visibleEvaluation(request.params.pk, context.user(request));
    return evaluationJson(context.links(request), evaluation, ranker()(evaluation));
  });

  const evaluatorsOnly = (
    request: FastifyRequest<PkParams>,
  ): { user: UserRecord; evaluation: EvaluationRecord } => {
    const user = requireUser(context.user(request));
    const evaluation = visibleEvaluation(request.params.pk, user);
    if (!isExternalEvaluator(user, evaluation.submission.phase)) throw forbidden();
    return { user, evaluation };
  };

  api.patch<PkParams>('/evaluations/:pk/claim/', async (request) => {
    const { user, evaluation } = evaluatorsOnly(request);
    if (evaluation.status !== 'Queued')
      throw statusError(`Evaluation is ${evaluation.status}; only queued evaluations can be claimed.`);
    evaluation.status = 'External Execution In Progress';
    evaluation.claimedBy = user.username;
    evaluation.startedAt = state.now();
    return externalEvaluationJson(context.links(request), evaluation);
  });

  api.patch<PkParams>('/evaluations/:pk/update_external_evaluation/', async (request) => {
    const { user, evaluation } = evaluatorsOnly(request);
    if (evaluation.status !== 'External Execution In Progress')
      throw statusError(`Evaluation is ${evaluation.status}; claim it before reporting a result.`);
    if (evaluation.claimedBy !== user.username) throw forbidden();
    const data = bodyObject(request.body);
    if (data.status !== 'Succeeded' && data.status !== 'Failed')
      throw statusError('Status must be "Succeeded" or "Failed".');
    if (data.status === 'Succeeded' && !isJsonObject(data.metrics))
      throw badRequest({ metrics: ['This field is required when the evaluation succeeded.'] });
    if (
      data.error_message !== undefined &&
      data.error_message !== null &&
      typeof data.error_message !== 'string'
    )
      throw badRequest({ error_message: ['Not a valid string.'] });
    evaluation.completedAt = state.now();
    if (data.status === 'Succeeded') {
      evaluation.status = 'Succeeded';
      evaluation.metrics = data.metrics;
      // phases here publish results automatically [inference]
      evaluation.published = true;
      state.setValues(evaluation, [state.jsonValue(socket('metrics-json-file'), data.metrics)]);
    } else {
      evaluation.status = 'Failed';
      evaluation.errorMessage = typeof data.error_message === 'string' ? data.error_message : '';
    }
    return externalEvaluationJson(context.links(request), evaluation);
  });
}
