import { between, uuidFor } from './ids.js';
import {
  finishSeededJob,
  INPUT_FAILURE_PATH,
  CANCELLED_PATH,
  plannedPath,
  RUNTIME_FAILURE_PATH,
  SUCCESS_PATH,
} from './jobs.js';
import type { AlgorithmRecord, CivRecord, JobRecord, JobStatus } from './model.js';
import { COHORT_ARCHIVE_SLUG, SCREENING_ARCHIVE_SLUG } from './seedCases.js';
import { socket } from './sockets.js';
import type { GcState } from './state.js';
import { DAY, HOUR, MINUTE } from './time.js';

/** Three algorithms and a few dozen jobs in every state, most of them the researcher's. */

export const ALGORITHM_SLUGS = {
  nodules: 'pulmonary-nodule-detection',
  corads: 'corads-ai',
  prostate: 'prostate-mri-segmentation',
} as const;

function addAlgorithm(state: GcState, algorithm: Omit<AlgorithmRecord, 'pk' | 'imagePk'>): AlgorithmRecord {
  const record: AlgorithmRecord = {
    ...algorithm,
    pk: uuidFor('algorithm', algorithm.slug),
    imagePk: uuidFor('algorithm-image', algorithm.slug, 'v3'),
  };
  state.algorithms.set(record.pk, record);
  return record;
}

function seedAlgorithms(state: GcState): Record<keyof typeof ALGORITHM_SLUGS, AlgorithmRecord> {
  const start = state.startedAt;
  const ct = socket('ct-image');
  const nodules = addAlgorithm(state, {
    slug: ALGORITHM_SLUGS.nodules,
    title: 'Pulmonary Nodule Detection',
    description: 'Detects pulmonary nodules of 4 mm and larger on chest CT and estimates malignancy risk.',
    public: true,
    editors: new Set(['diag-admin']),
    users: new Set(['researcher', 'editor', 'reader1']),
    interfaces: [
      { inputs: [ct], outputs: [socket('nodule-locations'), socket('lung-nodule-malignancy-risk')] },
      {
        inputs: [ct, socket('age-in-months')],
        outputs: [socket('nodule-locations'), socket('lung-nodule-malignancy-risk')],
      },
    ],
    created: start - 400 * DAY,
    failureRate: 0.12,
  });
  const corads = addAlgorithm(state, {
    slug: ALGORITHM_SLUGS.corads,
    title: 'CO-RADS AI',
    description: 'Scores the likelihood of COVID-19 on chest CT (CO-RADS) and segments lesions.',
    public: true,
    editors: new Set(['diag-admin']),
    users: new Set(['researcher', 'editor']),
    interfaces: [
      {
        inputs: [ct],
        outputs: [
          socket('co-rads-score'),
          socket('probability-covid-19'),
          socket('covid-19-lesion-segmentation'),
        ],
      },
    ],
    created: start - 900 * DAY,
    failureRate: 0.08,
  });
  const prostate = addAlgorithm(state, {
    slug: ALGORITHM_SLUGS.prostate,
    title: 'Prostate MRI Segmentation (development)',
    description: 'Zonal prostate segmentation on T2-weighted MRI. Work in progress.',
    public: false,
    editors: new Set(['researcher']),
    users: new Set(),
    interfaces: [
      {
        inputs: [socket('transverse-t2-prostate-mri')],
        outputs: [socket('prostate-segmentation'), socket('prostate-volume'), socket('pdf-report')],
      },
    ],
    created: start - 30 * DAY,
    failureRate: 0.25,
  });
  return { nodules, corads, prostate };
}

/** Inputs are compared by socket and content, as the duplicate-result check compares them. */
export function fingerprintOf(algorithm: AlgorithmRecord, identities: readonly string[]): string {
  return `${algorithm.imagePk}|${[...identities].sort().join('|')}`;
}

export function civIdentity(civ: CivRecord): string {
  const source =
    civ.imagePk !== null
      ? `image:${civ.imagePk}`
      : civ.file !== null
        ? `file:${civ.file.key}`
        : `value:${JSON.stringify(civ.value)}`;
  return `${civ.socket.slug}=${source}`;
}

interface SeedJob {
  readonly algorithm: AlgorithmRecord;
  readonly creator: string;
  readonly index: number;
  readonly createdAgo: number;
  readonly path: readonly JobStatus[];
  /** Index into path; below the last for jobs still running. */
  readonly step: number;
  readonly inputs: CivRecord[];
  readonly public?: boolean;
  readonly errorMessage?: string;
}

function addSeededJob(state: GcState, seed: SeedJob): void {
  const pk = uuidFor('job', seed.creator, seed.index);
  const created = state.startedAt - seed.createdAgo;
  const interfaceIndex = Math.max(
    0,
    seed.algorithm.interfaces.findIndex((entry) => entry.inputs.length === seed.inputs.length),
  );
  const job: JobRecord = {
    kind: 'job',
    pk,
    algorithm: seed.algorithm,
    interfaceIndex,
    creator: seed.creator,
    created,
    public: seed.public ?? false,
    path: seed.path,
    step: seed.step,
    // running jobs continue from the simulator's start
    anchor: state.startedAt,
    inputs: [],
    outputs: [],
    errorMessage: seed.errorMessage ?? '',
    startedAt: null,
    completedAt: null,
    fingerprint: fingerprintOf(seed.algorithm, seed.inputs.map(civIdentity)),
  };
  state.jobs.set(pk, job);
  state.setValues(job, seed.inputs);
  const startedAt = created + between(2, 20, 'queue', pk) * MINUTE;
  if (seed.step === seed.path.length - 1) {
    const ran = seed.path.includes('Executing');
    finishSeededJob(
      state,
      job,
      ran ? startedAt : created,
      ran ? startedAt + between(180, 1500, 'run', pk) * 1000 : created + 40 * 1000,
    );
  } else if (seed.path.indexOf('Executing') <= seed.step) {
    job.startedAt = state.startedAt - between(1, 5, 'running', pk) * MINUTE;
  }
}

const imageOf = (archive: string, index: number): string => uuidFor('image', archive, index);

/** researcher: 36 jobs over two weeks — 4 still running, 5 failed (3 this week), 1 cancelled, 1 public. */
function researcherJob(state: GcState, algorithms: ReturnType<typeof seedAlgorithms>, j: number): SeedJob {
  const algorithm = j % 4 === 3 ? algorithms.prostate : j % 4 === 2 ? algorithms.corads : algorithms.nodules;
  const inputs: CivRecord[] = [];
  if (algorithm === algorithms.prostate) {
    inputs.push(
      state.imageValue(socket('transverse-t2-prostate-mri'), imageOf(COHORT_ARCHIVE_SLUG, (j % 40) + 1)),
    );
  } else {
    inputs.push(state.imageValue(socket('ct-image'), imageOf(SCREENING_ARCHIVE_SLUG, ((j * 37) % 1100) + 1)));
    if (algorithm === algorithms.nodules && j % 8 === 1)
      inputs.push(state.jsonValue(socket('age-in-months'), between(600, 900, 'job-age', j)));
  }
  const base = { algorithm, creator: 'researcher', index: j, createdAgo: j * 9 * HOUR + HOUR, inputs };
  const running: Readonly<Record<number, number>> = { 0: 0, 1: 1, 2: 2, 3: 4 };
  const runningStep = running[j];
  if (runningStep !== undefined) {
    const path = plannedPath(uuidFor('job', 'researcher', j), algorithm.failureRate);
    return { ...base, createdAgo: (j + 1) * 2 * MINUTE, path, step: Math.min(runningStep, path.length - 2) };
  }
  if ([5, 9, 14, 21, 30].includes(j))
    return { ...base, path: RUNTIME_FAILURE_PATH, step: RUNTIME_FAILURE_PATH.length - 1 };
  if (j === 11)
    return {
      ...base,
      path: INPUT_FAILURE_PATH,
      step: 1,
      errorMessage: 'ct-image: Could not import scan.dcm: not a supported image file.',
    };
  if (j === 17) return { ...base, path: CANCELLED_PATH, step: 2 };
  return { ...base, path: SUCCESS_PATH, step: SUCCESS_PATH.length - 1, public: j === 6 };
}

export function seedJobs(state: GcState): void {
  const algorithms = seedAlgorithms(state);
  for (let j = 0; j < 36; j += 1) addSeededJob(state, researcherJob(state, algorithms, j));
  for (let j = 0; j < 4; j += 1) {
    addSeededJob(state, {
      algorithm: algorithms.corads,
      creator: 'editor',
      index: j,
      createdAgo: (2 + j) * DAY + 3 * HOUR,
      path: SUCCESS_PATH,
      step: SUCCESS_PATH.length - 1,
      inputs: [state.imageValue(socket('ct-image'), imageOf(SCREENING_ARCHIVE_SLUG, 500 + j))],
    });
  }
}
