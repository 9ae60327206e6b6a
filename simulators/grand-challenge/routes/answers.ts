import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canViewAnswer, canViewReaderStudy, isReader } from '../access.js';
import {
  badRequest,
  bodyObject,
  detailRoute,
  forbidden,
  NO_SUCH_OBJECT,
  nonFieldError,
  notFound,
  parseHyperlink,
  pythonRepr,
  queryBoolean,
  queryUuids,
  queryValue,
  requireUser,
  uuidParam,
  type JsonObject,
} from '../http.js';
import type { AnswerRecord, DisplaySetRecord, QuestionRecord } from '../model.js';
import { paginate } from '../paging.js';
import { parseDuration } from '../time.js';
import type { UserRecord } from '../users.js';
import { answerJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** `reader-studies/answers/` (reference §3): one answer per reader, question and display set. */

const QUESTION_LINK = detailRoute('reader-studies/questions');
const DISPLAY_SET_LINK = detailRoute('reader-studies/display-sets');
const DURATION_FORMAT =
  'Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].';

/** The question type's rule for an answer; a message when it breaks it. */
export function answerProblem(question: QuestionRecord, answer: unknown): string | undefined {
  if (answer === null) return question.required ? 'An answer is required for this question.' : undefined;
  const invalid = `Provided answer ${pythonRepr(answer)} is not valid for a question of type ${question.answerType}.`;
  const optionIds = new Set(question.options.map((option) => option.id));
  switch (question.answerType) {
    case 'Bool':
      return typeof answer === 'boolean' ? undefined : invalid;
    case 'Number':
      return typeof answer === 'number' && Number.isFinite(answer) ? undefined : invalid;
    case 'Single line text':
      return typeof answer === 'string' && !/[\r\n]/.test(answer) ? undefined : invalid;
    case 'Choice':
      if (typeof answer !== 'number') return invalid;
      return optionIds.has(answer) ? undefined : 'Provided option is not valid for this question';
    case 'Multiple choice':
      if (!Array.isArray(answer) || !answer.every((id) => typeof id === 'number')) return invalid;
      if (new Set(answer).size !== answer.length) return 'Options may only be selected once.';
      return answer.every((id) => optionIds.has(id))
        ? undefined
        : 'Provided option is not valid for this question';
    default: {
      const never: never = question.answerType;
      return never;
    }
  }
}

function durations(data: JsonObject): { last?: number | null; total?: number | null } {
  const errors: Record<string, string[]> = {};
  const read = (field: string): number | null | undefined => {
    const raw = data[field];
    if (raw === undefined || raw === null) return raw === null ? null : undefined;
    const parsed = typeof raw === 'string' ? parseDuration(raw) : undefined;
    if (parsed === undefined) errors[field] = [DURATION_FORMAT];
    return parsed;
  };
  const last = read('last_edit_duration');
  const total = read('total_edit_duration');
  if (Object.keys(errors).length > 0) throw badRequest(errors);
  return { last, total };
}

export function registerAnswerRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  const filtered = (request: FastifyRequest, answers: Iterable<AnswerRecord>): AnswerRecord[] => {
    const { query } = request;
    const creator = queryValue(query, 'creator');
    const studies = queryUuids(query, 'question__reader_study');
    const displaySets = queryUuids(query, 'display_set');
    const groundTruth = queryBoolean(query, 'is_ground_truth');
    return [...answers]
      .filter(
        (answer) =>
          (creator === undefined || creator === '' || answer.creator === creator) &&
          (studies === undefined || studies.includes(answer.question.readerStudy.pk)) &&
          (displaySets === undefined || displaySets.includes(answer.displaySet.pk)) &&
          (groundTruth === undefined || answer.isGroundTruth === groundTruth),
      )
      .sort((a, b) => a.created - b.created);
  };

  api.get('/reader-studies/answers/', async (request) => {
    const user = context.user(request);
    const visible = [...state.answers.values()].filter((answer) => canViewAnswer(user, answer));
    const links = context.links(request);
    return paginate(request, filtered(request, visible), (answer) => answerJson(links, answer));
  });

  api.get('/reader-studies/answers/mine/', async (request) => {
    const user = requireUser(context.user(request));
    const mine = [...state.answers.values()].filter(
      (answer) => answer.creator === user.username && !answer.isGroundTruth,
    );
    const links = context.links(request);
    return paginate(request, filtered(request, mine), (answer) => answerJson(links, answer));
  });

  const visibleAnswer = (pk: string, user: UserRecord | null): AnswerRecord => {
    const id = uuidParam(pk);
    const answer = id === undefined ? undefined : state.answers.get(id);
    if (answer === undefined || !canViewAnswer(user, answer)) throw notFound('Answer');
    return answer;
  };

  api.get<PkParams>('/reader-studies/answers/:pk/', async (request) =>
    answerJson(context.links(request), visibleAnswer(request.params.pk, context.user(request))),
  );

  api.post('/reader-studies/answers/', async (request, reply) => {
    const user = requireUser(context.user(request));
    const data = bodyObject(request.body);
    const errors: Record<string, string[]> = {};
    let question: QuestionRecord | undefined;
    let displaySet: DisplaySetRecord | undefined;
    if (data.question === undefined || data.question === null) errors.question = ['This field is required.'];
    else {
      const link = parseHyperlink(data.question, QUESTION_LINK);
      question = link.ok ? state.questions.get(link.id.toLowerCase()) : undefined;
      // only the study's readers may answer its questions
      if (question === undefined || !isReader(user, question.readerStudy)) {
        errors.question = [link.ok ? NO_SUCH_OBJECT : link.message];
        question = undefined;
      }
    }
    if (data.display_set === undefined || data.display_set === null)
      errors.display_set = ['This field is required.'];
    else {
      const link = parseHyperlink(data.display_set, DISPLAY_SET_LINK);
      displaySet = link.ok ? state.displaySets.get(link.id.toLowerCase()) : undefined;
      if (displaySet === undefined || !canViewReaderStudy(user, displaySet.readerStudy)) {
        errors.display_set = [link.ok ? NO_SUCH_OBJECT : link.message];
        displaySet = undefined;
      }
    }
    if (!('answer' in data)) errors.answer = ['This field is required.'];
    if (Object.keys(errors).length > 0 || question === undefined || displaySet === undefined)
      throw badRequest(errors);
    const { last, total } = durations(data);
    if (displaySet.readerStudy !== question.readerStudy)
      throw nonFieldError('The display set and question must belong to the same reader study.');
    const problem = answerProblem(question, data.answer);
    if (problem !== undefined) throw nonFieldError(problem);
    for (const existing of state.answers.values()) {
      if (
        existing.creator === user.username &&
        existing.question === question &&
        existing.displaySet === displaySet &&
        !existing.isGroundTruth
      )
        throw nonFieldError(`User ${user.username} has already answered this question for this display set.`);
    }
    const now = state.now();
    const answer: AnswerRecord = {
      pk: state.ids.uuid('answer'),
      creator: user.username,
      question,
      displaySet,
      answer: data.answer,
      isGroundTruth: false,
      created: now,
      modified: now,
      lastEditMs: last ?? null,
      totalEditMs: total ?? null,
    };
    state.answers.set(answer.pk, answer);
    return reply.code(201).send(answerJson(context.links(request), answer));
  });

  const update = (replace: boolean) => async (request: FastifyRequest<PkParams>) => {
    const user = requireUser(context.user(request));
    const answer = visibleAnswer(request.params.pk, user);
    if (answer.creator !== user.username || answer.isGroundTruth) throw forbidden();
    if (!answer.question.readerStudy.allowAnswerModification)
      throw forbidden('This reader study does not allow answer modification.');
    const data = bodyObject(request.body);
    if (replace && !('answer' in data)) throw badRequest({ answer: ['This field is required.'] });
    const links = context.links(request);
    const moved =
      (data.question !== undefined && data.question !== links.question(answer.question.pk)) ||
      (data.display_set !== undefined && data.display_set !== links.displaySet(answer.displaySet.pk));
    if (moved) throw nonFieldError('Only the answer and its edit durations can be changed.');
    const { last, total } = durations(data);
    if ('answer' in data) {
      const problem = answerProblem(answer.question, data.answer);
      if (problem !== undefined) throw nonFieldError(problem);
      answer.answer = data.answer;
    }
    if (last !== undefined) answer.lastEditMs = last;
    if (total !== undefined) answer.totalEditMs = total;
    answer.modified = state.now();
    return answerJson(links, answer);
  };

  api.patch<PkParams>('/reader-studies/answers/:pk/', update(false));
  api.put<PkParams>('/reader-studies/answers/:pk/', update(true));
}
