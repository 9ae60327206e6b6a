import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canViewReaderStudy, isReaderStudyEditor } from '../access.js';
import {
  badRequest,
  bodyObject,
  fieldError,
  forbidden,
  notFound,
  queryBoolean,
  queryUuids,
  queryValue,
  requireUser,
  uuidParam,
} from '../http.js';
import type { AnswerRecord, DisplaySetRecord, QuestionRecord, ReaderStudyRecord } from '../model.js';
import { paginate } from '../paging.js';
import type { GcState } from '../state.js';
import { userNamed } from '../users.js';
import { displaySetJson, displaySetPostJson, questionJson, readerStudyJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';
import { optionalInteger, optionalTitle, refuseValuesOnCreate, updateValues } from './values.js';

/** `reader-studies/`, its display sets and questions (reference §3). */

export const DISPLAY_SET_LOCKED = ['This display set cannot be changed, as answers for it already exist.'];

type Viewer = ReturnType<RouteContext['user']>;

export function displaySetsOf(state: GcState, study: ReaderStudyRecord): DisplaySetRecord[] {
  return [...state.displaySets.values()]
    .filter((displaySet) => displaySet.readerStudy === study)
    .sort((a, b) => a.order - b.order || a.created - b.created);
}

/** 0-based position in the study's reading order [inference]. */
function indexOf(state: GcState, displaySet: DisplaySetRecord): number {
  return displaySetsOf(state, displaySet.readerStudy).indexOf(displaySet);
}

function answersTo(state: GcState, displaySet: DisplaySetRecord): AnswerRecord[] {
  return [...state.answers.values()].filter((answer) => answer.displaySet === displaySet);
}

function answerText(question: QuestionRecord, answer: unknown): string {
  const title = (id: unknown): string => question.options.find((option) => option.id === id)?.title ?? '';
  if (answer === null || answer === undefined) return '';
  if (question.answerType === 'Bool') return answer === true ? 'Yes' : 'No';
  if (question.answerType === 'Choice') return title(answer);
  if (question.answerType === 'Multiple choice' && Array.isArray(answer)) return answer.map(title).join(', ');
  return String(answer);
}

export function registerReaderStudyRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  const hasGroundTruth = (study: ReaderStudyRecord): boolean =>
    [...state.answers.values()].some(
      (answer) => answer.isGroundTruth && answer.question.readerStudy === study,
    );

  const visibleStudy = (pk: string, user: Viewer): ReaderStudyRecord => {
    const id = uuidParam(pk);
    const study = id === undefined ? undefined : state.readerStudies.get(id);
    if (study === undefined || !canViewReaderStudy(user, study)) throw notFound('ReaderStudy');
    return study;
  };

  const visibleDisplaySet = (pk: string, user: Viewer): DisplaySetRecord => {
    const id = uuidParam(pk);
    const displaySet = id === undefined ? undefined : state.displaySets.get(id);
    if (displaySet === undefined || !canViewReaderStudy(user, displaySet.readerStudy))
      throw notFound('DisplaySet');
    return displaySet;
  };

  api.get('/reader-studies/', async (request) => {
    const user = context.user(request);
    const slug = queryValue(request.query, 'slug');
    const studies = [...state.readerStudies.values()].filter(
      (study) => canViewReaderStudy(user, study) && (slug === undefined || study.slug === slug),
    );
    const links = context.links(request);
    return paginate(request, studies, (study) => readerStudyJson(links, study, hasGroundTruth(study)));
  });

  api.get<PkParams>('/reader-studies/:pk/', async (request) => {
    const study = visibleStudy(request.params.pk, context.user(request));
    return readerStudyJson(context.links(request), study, hasGroundTruth(study));
  });

  api.get<{ Params: { pk: string; displaySet: string } }>(
    '/reader-studies/:pk/ground-truth/:displaySet/',
    async (request) => {
      const study = visibleStudy(request.params.pk, context.user(request));
      const displaySet = visibleDisplaySet(request.params.displaySet, context.user(request));
      if (displaySet.readerStudy !== study) throw notFound('DisplaySet');
      // only educational studies show readers the truth [inference]
      if (!study.isEducational && !isReaderStudyEditor(context.user(request), study)) throw forbidden();
      const truth: Record<string, unknown> = {};
      for (const answer of answersTo(state, displaySet)) {
        if (!answer.isGroundTruth) continue;
        const { question } = answer;
        truth[question.pk] = {
          answer: answer.answer,
          answer_text: answerText(question, answer.answer),
          question_text: question.text,
          options: Object.fromEntries(question.options.map((option) => [String(option.id), option.title])),
          explanation: '',
        };
      }
      return truth;
    },
  );

  api.get('/reader-studies/display-sets/', async (request) => {
    const user = context.user(request);
    const { query } = request;
    const studies = queryUuids(query, 'reader_study');
    const unanswered = queryBoolean(query, 'unanswered_by_user');
    let subject = user?.username;
    const named = queryValue(query, 'user');
    if (unanswered === true && named !== undefined && named !== '') {
      if (userNamed(named) === undefined)
        throw fieldError('user', 'Select a valid choice. That choice is not one of the available choices.');
      subject = named;
    }
    let displaySets = [...state.displaySets.values()].filter(
      (displaySet) =>
        canViewReaderStudy(user, displaySet.readerStudy) &&
        (studies === undefined || studies.includes(displaySet.readerStudy.pk)),
    );
    if (unanswered === true) {
      // looking at someone else's progress is for the study's editors
      if (subject !== user?.username && !displaySets.every((ds) => isReaderStudyEditor(user, ds.readerStudy)))
        throw forbidden();
      const answered = new Set<DisplaySetRecord>();
      for (const answer of state.answers.values())
        if (answer.creator === subject && !answer.isGroundTruth) answered.add(answer.displaySet);
      displaySets = displaySets.filter((displaySet) => !answered.has(displaySet));
    }
    displaySets.sort((a, b) => a.order - b.order || a.created - b.created);
    const links = context.links(request);
    return paginate(request, displaySets, (displaySet) =>
      displaySetJson(links, displaySet, indexOf(state, displaySet)),
    );
  });

  api.get<PkParams>('/reader-studies/display-sets/:pk/', async (request) => {
    const displaySet = visibleDisplaySet(request.params.pk, context.user(request));
    return displaySetJson(context.links(request), displaySet, indexOf(state, displaySet));
  });

  api.post('/reader-studies/display-sets/', async (request, reply) => {
    const user = requireUser(context.user(request));
    const data = bodyObject(request.body);
    const slug = data.reader_study;
    if (slug === undefined || slug === null) throw badRequest({ reader_study: ['This field is required.'] });
    if (typeof slug !== 'string') throw badRequest({ reader_study: ['Invalid value.'] });
    // the field's queryset is the studies the caller edits
    const study = [...state.readerStudies.values()].find(
      (candidate) => candidate.slug === slug && isReaderStudyEditor(user, candidate),
    );
    if (study === undefined) throw badRequest({ reader_study: [`Object with slug=${slug} does not exist.`] });
    const title = optionalTitle(data) ?? '';
    const order = optionalInteger(data, 'order');
    refuseValuesOnCreate(data);
    const existing = displaySetsOf(state, study);
    const displaySet: DisplaySetRecord = {
      kind: 'displaySet',
      pk: state.ids.uuid('display-set'),
      readerStudy: study,
      title,
      // appended after the last one, in steps of 10 [inference]
      order: order ?? (existing.at(-1)?.order ?? 0) + 10,
      values: [],
      created: state.now(),
    };
    state.displaySets.set(displaySet.pk, displaySet);
    return reply
      .code(201)
      .send(displaySetPostJson(context.links(request), displaySet, indexOf(state, displaySet), []));
  });

  const update = (replace: boolean) => async (request: FastifyRequest<PkParams>) => {
    const user = requireUser(context.user(request));
    const displaySet = visibleDisplaySet(request.params.pk, user);
    if (!isReaderStudyEditor(user, displaySet.readerStudy)) throw forbidden();
    const data = bodyObject(request.body);
    const title = optionalTitle(data);
    const order = optionalInteger(data, 'order');
    if (replace && data.values === undefined) throw badRequest({ values: ['This field is required.'] });
    if (data.values !== undefined && answersTo(state, displaySet).length > 0)
      throw badRequest(DISPLAY_SET_LOCKED);
    const shown =
      data.values === undefined
        ? displaySet.values
        : updateValues(state, user, displaySet, data.values, replace);
    if (title !== undefined) displaySet.title = title;
    if (order !== undefined) displaySet.order = order;
    return displaySetPostJson(context.links(request), displaySet, indexOf(state, displaySet), shown);
  };

  api.patch<PkParams>('/reader-studies/display-sets/:pk/', update(false));
  api.put<PkParams>('/reader-studies/display-sets/:pk/', update(true));

  api.get('/reader-studies/questions/', async (request) => {
    const user = context.user(request);
    const studies = queryUuids(request.query, 'reader_study');
    const questions = [...state.questions.values()].filter(
      (question) =>
        canViewReaderStudy(user, question.readerStudy) &&
        (studies === undefined || studies.includes(question.readerStudy.pk)),
    );
    const links = context.links(request);
    return paginate(request, questions, (question) => questionJson(links, question));
  });

  api.get<PkParams>('/reader-studies/questions/:pk/', async (request) => {
    const id = uuidParam(request.params.pk);
    const question = id === undefined ? undefined : state.questions.get(id);
    if (question === undefined || !canViewReaderStudy(context.user(request), question.readerStudy))
      throw notFound('Question');
    return questionJson(context.links(request), question);
  });
}
