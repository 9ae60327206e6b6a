import { between, unit, uuidFor } from './ids.js';
import { addVolumeImage } from './images.js';
import type {
  AnswerRecord,
  DisplaySetRecord,
  QuestionOption,
  QuestionRecord,
  ReaderStudyRecord,
} from './model.js';
import { socket } from './sockets.js';
import type { GcState } from './state.js';
import { DAY, MINUTE, SECOND } from './time.js';

/**
 * One educational reader study: 24 display sets, five questions of different answer types,
 * ground truth by the editor and answers by three readers who got different distances in —
 * reader1 leaves the last ten display sets unanswered.
 */

export const READER_STUDY_SLUG = 'lung-nodule-reader-study';
export const DISPLAY_SETS = 24;
/** How many display sets (from the first) each reader has answered. */
export const ANSWERED_BY: Readonly<Record<string, number>> = { reader1: 14, reader2: 20, reader3: 8 };

const option = (id: number, title: string): QuestionOption => ({ id, title, default: null });

function questions(study: ReaderStudyRecord): QuestionRecord[] {
  const base = { readerStudy: study, helpText: '' };
  return [
    {
      ...base,
      pk: uuidFor('question', READER_STUDY_SLUG, 1),
      text: 'Is a pulmonary nodule present?',
      answerType: 'Bool',
      required: true,
      order: 1,
      options: [],
    },
    {
      ...base,
      pk: uuidFor('question', READER_STUDY_SLUG, 2),
      text: 'Nodule type',
      helpText: 'Type of the largest nodule; leave empty when there is none.',
      answerType: 'Choice',
      required: false,
      order: 2,
      options: [
        option(301, 'Solid'),
        option(302, 'Part-solid'),
        option(303, 'Ground-glass'),
        option(304, 'Calcified'),
      ],
    },
    {
      ...base,
      pk: uuidFor('question', READER_STUDY_SLUG, 3),
      text: 'Estimated malignancy risk (%)',
      answerType: 'Number',
      required: false,
      order: 3,
      options: [],
    },
    {
      ...base,
      pk: uuidFor('question', READER_STUDY_SLUG, 4),
      text: 'Additional findings',
      answerType: 'Multiple choice',
      required: false,
      order: 4,
      options: [
        option(311, 'Emphysema'),
        option(312, 'Fibrosis'),
        option(313, 'Lymphadenopathy'),
        option(314, 'Pleural effusion'),
      ],
    },
    {
      ...base,
      pk: uuidFor('question', READER_STUDY_SLUG, 5),
      text: 'Comments',
      answerType: 'Single line text',
      required: false,
      order: 5,
      options: [],
    },
  ];
}

/** A plausible answer, a pure function of who answers what. */
function answerFor(question: QuestionRecord, who: string, index: number): unknown {
  const draw = (salt: string): number => unit('answer', who, index, question.order, salt);
  // readers mostly agree with each other on presence
  const present = unit('presence', index) < 0.55 !== draw('disagree') < 0.12;
  switch (question.answerType) {
    case 'Bool':
      return present;
    case 'Choice':
      return present ? (question.options[between(0, 3, 'type', index, who)]?.id ?? null) : null;
    case 'Number':
      return present ? Number((draw('risk') * 60).toFixed(1)) : 0;
    case 'Multiple choice':
      return question.options.filter((_, at) => draw(`finding-${at}`) < 0.2).map((entry) => entry.id);
    case 'Single line text':
      return draw('comment') < 0.3 ? 'Motion artefacts in the lower lobes.' : '';
    default: {
      const never: never = question.answerType;
      return never;
    }
  }
}

export function seedReaderStudy(state: GcState): void {
  const study: ReaderStudyRecord = {
    pk: uuidFor('reader-study', READER_STUDY_SLUG),
    slug: READER_STUDY_SLUG,
    title: 'Lung Nodule Reader Study',
    description:
      'Readers assess pulmonary nodules on low-dose chest CT; ground truth from consensus reading.',
    editors: new Set(['editor']),
    readers: new Set(['reader1', 'reader2', 'reader3']),
    isEducational: true,
    allowAnswerModification: true,
    questions: [],
  };
  study.questions.push(...questions(study));
  state.readerStudies.set(study.pk, study);
  for (const question of study.questions) state.questions.set(question.pk, question);

  const ct = socket('ct-image');
  const info = socket('clinical-information');
  const created = state.startedAt - 20 * DAY;
  const displaySets: DisplaySetRecord[] = [];
  for (let index = 1; index <= DISPLAY_SETS; index += 1) {
    const image = addVolumeImage(state, {
      pk: uuidFor('image', READER_STUDY_SLUG, index),
      name: `LNRS-${String(index).padStart(2, '0')}.mha`,
      created,
      phantom: 'ct',
      dims: [64, 64, 20],
      spacing: [0.68, 0.68, 2],
      modality: 'CT',
      patientId: `LNRS-${String(index).padStart(2, '0')}`,
      studyDescription: 'CT THORAX',
      seriesDescription: 'Axial lung kernel',
      pixelSeed: `reader-study-${index}`,
    });
    const displaySet: DisplaySetRecord = {
      kind: 'displaySet',
      pk: uuidFor('display-set', READER_STUDY_SLUG, index),
      readerStudy: study,
      title: `Case ${index}`,
      order: index * 10,
      values: [],
      created: created + index * MINUTE,
    };
    state.displaySets.set(displaySet.pk, displaySet);
    state.setValues(displaySet, [
      state.imageValue(ct, image.pk),
      state.jsonValue(info, index % 4 === 0 ? 'Former smoker, 30 pack-years' : 'Screening participant'),
    ]);
    displaySets.push(displaySet);
  }

  const readers: ReadonlyArray<readonly [string, number, boolean]> = [
    ['editor', DISPLAY_SETS, true],
    ...Object.entries(ANSWERED_BY).map(([who, count]) => [who, count, false] as const),
  ];
  for (const [who, count, groundTruth] of readers) {
    displaySets.slice(0, count).forEach((displaySet, at) => {
      const index = at + 1;
      for (const question of study.questions) {
        if (groundTruth && question.answerType === 'Single line text') continue;
        const when = state.startedAt - 10 * DAY + index * 7 * MINUTE + between(0, 300, who, 'delay') * MINUTE;
        const answer: AnswerRecord = {
          pk: uuidFor('answer', who, displaySet.pk, question.pk),
          creator: who,
          question,
          displaySet,
          answer: answerFor(question, groundTruth ? 'truth' : who, index),
          isGroundTruth: groundTruth,
          created: when,
          modified: when,
          lastEditMs: groundTruth ? null : between(3, 90, who, index, question.order) * SECOND,
          totalEditMs: groundTruth ? null : between(90, 200, who, index, question.order) * SECOND,
        };
        state.answers.set(answer.pk, answer);
      }
    });
  }
}
