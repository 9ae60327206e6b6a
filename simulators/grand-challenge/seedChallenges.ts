import { zipSync } from 'fflate';
import { between, unit, uuidFor } from './ids.js';
import type {
  ChallengeRecord,
  EvaluationRecord,
  EvaluationStatus,
  MetricSpec,
  PhaseRecord,
  SubmissionRecord,
} from './model.js';
import { socket } from './sockets.js';
import type { GcState } from './state.js';
import { DAY, HOUR, MINUTE } from './time.js';

/**
 * Public challenges in each status (relative to the simulator's clock), one hidden challenge, and
 * leaderboards of evaluations — including queued ones an external evaluator can claim.
 */

const PARTICIPANTS = [
  'researcher',
  'mvandijk',
  'jchen',
  'a.kowalski',
  'team-deepchest',
  'lhuang',
  'p.bakker',
  'radboud-diag',
];

interface PhaseSpec {
  readonly title: string;
  readonly slug: string;
  readonly submissionKind: PhaseRecord['submissionKind'];
  readonly opens: number;
  readonly closes: number | null;
  readonly externalEvaluation?: boolean;
  readonly publicLeaderboard?: boolean;
  /** Participants (by index into PARTICIPANTS) with an evaluation; negative = failed. */
  readonly entries: readonly number[];
  /** How many extra queued, claimable evaluations the phase has. */
  readonly queued?: number;
}

interface ChallengeSpec {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly hidden?: boolean;
  readonly completed: boolean;
  readonly createdAgo: number;
  readonly publications: readonly string[];
  readonly incentives: readonly string[];
  readonly admins: readonly string[];
  readonly metrics: readonly MetricSpec[];
  readonly phases: (start: number) => readonly PhaseSpec[];
}

const froc: readonly MetricSpec[] = [
  { path: 'aggregates.froc_score.mean', title: 'FROC score', higherIsBetter: true },
  { path: 'aggregates.sensitivity_at_1fppi.mean', title: 'Sensitivity at 1 FP/scan', higherIsBetter: true },
];
const auc: readonly MetricSpec[] = [
  { path: 'aggregates.auc.mean', title: 'AUC', higherIsBetter: true },
  { path: 'aggregates.accuracy.mean', title: 'Accuracy', higherIsBetter: true },
];
const overlap: readonly MetricSpec[] = [
  { path: 'aggregates.dice.mean', title: 'Dice', higherIsBetter: true },
  { path: 'aggregates.hausdorff_95.mean', title: 'HD95 (mm)', higherIsBetter: false },
];

const SPECS: readonly ChallengeSpec[] = [
  {
    slug: 'lung-nodule-analysis-2026',
    title: 'Lung Nodule Analysis 2026',
    description: 'Detect pulmonary nodules in low-dose screening CT; submissions are algorithm containers.',
    completed: false,
    createdAgo: 90 * DAY,
    publications: [],
    incentives: ['Publication', 'Speaking slot'],
    admins: ['editor'],
    metrics: froc,
    phases: (start) => [
      {
        title: 'Preliminary Test Phase',
        slug: 'preliminary-test-phase',
        submissionKind: 'Algorithm',
        opens: start - 60 * DAY,
        closes: start + 30 * DAY,
        entries: [0, 1, 2, 3, 4, -5],
      },
      {
        title: 'Final Test Phase',
        slug: 'final-test-phase',
        submissionKind: 'Algorithm',
        opens: start - 10 * DAY,
        closes: start + 40 * DAY,
        externalEvaluation: true,
        entries: [1, 2],
        queued: 3,
      },
    ],
  },
  {
    slug: 'covid19-ct-severity',
    title: 'COVID-19 CT Severity Challenge',
    description: 'Predict COVID-19 severity from chest CT. The challenge has finished; results are final.',
    completed: true,
    createdAgo: 700 * DAY,
    publications: ['https://doi.org/10.1148/radiol.2020202439'],
    incentives: ['Prize money', 'Publication'],
    admins: ['m.devries'],
    metrics: auc,
    phases: (start) => [
      {
        title: 'Validation Phase',
        slug: 'validation-phase',
        submissionKind: 'Predictions',
        opens: start - 400 * DAY,
        closes: start - 300 * DAY,
        entries: [0, 1, 3, 5, 6, -7],
      },
      {
        title: 'Test Phase',
        slug: 'test-phase',
        submissionKind: 'Predictions',
        opens: start - 300 * DAY,
        closes: start - 270 * DAY,
        entries: [0, 1, 2, 3, 5, 6, 7],
      },
    ],
  },
  {
    slug: 'prostate-mri-lesion-detection',
    title: 'Prostate MRI Lesion Detection',
    description: 'Detect clinically significant prostate cancer on bi-parametric MRI. Opens soon.',
    completed: false,
    createdAgo: 20 * DAY,
    publications: [],
    incentives: ['Prize money'],
    admins: ['diag-admin'],
    metrics: overlap,
    phases: (start) => [
      {
        title: 'Debugging Phase',
        slug: 'debugging-phase',
        submissionKind: 'Algorithm',
        opens: start + 7 * DAY,
        closes: start + 60 * DAY,
        entries: [],
      },
      {
        title: 'Open Development Phase',
        slug: 'open-development-phase',
        submissionKind: 'Algorithm',
        opens: start + 14 * DAY,
        closes: null,
        entries: [],
      },
    ],
  },
  {
    slug: 'retinal-vessel-segmentation',
    title: 'Retinal Vessel Segmentation',
    description: 'Segment blood vessels in colour fundus photographs. Submissions are closed.',
    completed: false,
    createdAgo: 900 * DAY,
    publications: ['https://doi.org/10.1109/TMI.2004.825627'],
    incentives: [],
    admins: ['diag-admin'],
    metrics: overlap,
    phases: (start) => [
      {
        title: 'Online Evaluation',
        slug: 'online-evaluation',
        submissionKind: 'Predictions',
        opens: start - 800 * DAY,
        closes: start - 30 * DAY,
        entries: [1, 2, 4, 5, 7],
      },
    ],
  },
  {
    slug: 'internal-pilot-2025',
    title: 'Internal Pilot 2025',
    description: 'Hidden pilot challenge.',
    hidden: true,
    completed: false,
    createdAgo: 100 * DAY,
    publications: [],
    incentives: [],
    admins: ['editor'],
    metrics: froc,
    phases: (start) => [
      {
        title: 'Pilot',
        slug: 'pilot',
        submissionKind: 'Algorithm',
        opens: start - 50 * DAY,
        closes: null,
        entries: [0],
      },
    ],
  },
];

function metricsFor(spec: ChallengeSpec, phase: PhaseRecord, who: string): Record<string, unknown> {
  const skill = unit('skill', phase.pk, who);
  const aggregates: Record<string, { mean: number; std: number }> = {};
  for (const metric of spec.metrics) {
    const name = metric.path.split('.')[1] ?? 'score';
    const mean = metric.higherIsBetter ? 0.55 + skill * 0.4 : 2 + (1 - skill) * 18;
    aggregates[name] = { mean: Number(mean.toFixed(4)), std: Number((0.02 + skill * 0.05).toFixed(4)) };
  }
  const cases: Record<string, unknown> = {};
  for (let index = 0; index < 3; index += 1)
    cases[`case-${index + 1}`] = { score: Number(unit(who, index).toFixed(4)) };
  return { case: cases, aggregates };
}

function predictionsZip(who: string, phase: PhaseRecord): () => Uint8Array {
  return () => {
    const rows = ['case_id,prediction'];
    for (let index = 1; index <= 20; index += 1)
      rows.push(`case-${index},${unit('prediction', phase.pk, who, index).toFixed(4)}`);
    const csv = new TextEncoder().encode(`${rows.join('\n')}\n`);
    // a fixed mtime keeps the archive byte-identical across downloads and restarts
    return zipSync({ 'predictions.csv': [csv, { mtime: new Date('2024-01-01T00:00:00Z') }] });
  };
}

function addEvaluation(
  state: GcState,
  spec: ChallengeSpec,
  phase: PhaseRecord,
  who: string,
  index: number,
  status: EvaluationStatus,
): void {
  const created = Math.min(
    state.startedAt - HOUR,
    phase.opens + (index + 1) * 2 * DAY + between(0, 600, who) * MINUTE,
  );
  const pk = uuidFor('submission', phase.pk, who, index);
  const predictionsKey =
    phase.submissionKind === 'Predictions'
      ? `evaluation/submissions/${phase.challenge.pk}/${pk}/predictions.zip`
      : null;
  const submission: SubmissionRecord = {
    pk,
    phase,
    creator: who,
    created,
    comment: index % 3 === 0 ? '' : `Model v${1 + (index % 3)}.${index}`,
    predictionsKey,
  };
  state.submissions.set(pk, submission);
  if (predictionsKey !== null) {
    state.store.define(predictionsKey, predictionsZip(who, phase));
    state.media.set(predictionsKey, { kind: 'predictions', submission });
  }
  const done = status === 'Succeeded' || status === 'Failed';
  const evaluation: EvaluationRecord = {
    kind: 'evaluation',
    pk: uuidFor('evaluation', pk),
    submission,
    created: created + 5 * MINUTE,
    status,
    // the last succeeded entry of a leaderboard waits for an admin to publish it
    published:
      status === 'Succeeded' && !(phase.slug === 'preliminary-test-phase' && who === 'team-deepchest'),
    metrics: status === 'Succeeded' ? metricsFor(spec, phase, who) : null,
    errorMessage: status === 'Failed' ? 'Evaluation failed: predictions.csv is missing 12 cases.' : '',
    claimedBy: null,
    startedAt: done ? created + 6 * MINUTE : null,
    completedAt: done ? created + 6 * MINUTE + between(30, 600, who, 'eval') * 1000 : null,
    outputs: [],
  };
  state.evaluations.set(evaluation.pk, evaluation);
  if (evaluation.metrics !== null)
    state.setValues(evaluation, [state.jsonValue(socket('metrics-json-file'), evaluation.metrics)]);
}

export function seedChallenges(state: GcState): void {
  const start = state.startedAt;
  for (const spec of SPECS) {
    const challenge: ChallengeRecord = {
      pk: uuidFor('challenge', spec.slug),
      slug: spec.slug,
      title: spec.title,
      description: spec.description,
      hidden: spec.hidden ?? false,
      created: start - spec.createdAgo,
      modified: start - Math.floor(spec.createdAgo / 3),
      publications: spec.publications,
      incentives: spec.incentives,
      admins: new Set(spec.admins),
      completed: spec.completed,
      phases: [],
    };
    state.challenges.set(challenge.slug, challenge);
    for (const phaseSpec of spec.phases(start)) {
      const phase: PhaseRecord = {
        pk: uuidFor('phase', spec.slug, phaseSpec.slug),
        challenge,
        title: phaseSpec.title,
        slug: phaseSpec.slug,
        submissionKind: phaseSpec.submissionKind,
        opens: phaseSpec.opens,
        closes: phaseSpec.closes,
        externalEvaluation: phaseSpec.externalEvaluation ?? false,
        evaluators: new Set(phaseSpec.externalEvaluation === true ? ['editor'] : []),
        // a hidden challenge's leaderboards are hidden with it
        publicLeaderboard: phaseSpec.publicLeaderboard ?? !challenge.hidden,
        metrics: spec.metrics,
      };
      challenge.phases.push(phase);
      phaseSpec.entries.forEach((entry, index) => {
        const who = PARTICIPANTS[Math.abs(entry)] ?? 'researcher';
        addEvaluation(state, spec, phase, who, index, entry < 0 ? 'Failed' : 'Succeeded');
      });
      for (let index = 0; index < (phaseSpec.queued ?? 0); index += 1) {
        const who = PARTICIPANTS[3 + index] ?? 'researcher';
        addEvaluation(state, spec, phase, who, phaseSpec.entries.length + index, 'Queued');
      }
    }
  }
}
