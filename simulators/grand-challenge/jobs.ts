import { between, unit, uuidFor } from './ids.js';
import { jsonFile, pdfReport } from './imaging.js';
import { addVolumeImage } from './images.js';
import type { CivRecord, ImageRecord, JobRecord, JobStatus } from './model.js';
import type { Socket } from './sockets.js';
import type { GcState } from './state.js';

/**
 * The algorithm-job life cycle. A job's whole path is fixed when it is created, then it moves one
 * status per `jobStepMs` of platform time, computed lazily whenever a request arrives, or on
 * demand through `advanceJobs`. Statuses are the SageMaker-backend sequence of reference §4.1.
 */

export const SUCCESS_PATH: readonly JobStatus[] = [
  'Validating inputs',
  'Queued',
  'Provisioning',
  'Provisioned',
  'Executing',
  'Executed',
  'Parsing Outputs',
  'Succeeded',
];
export const RUNTIME_FAILURE_PATH: readonly JobStatus[] = [
  'Validating inputs',
  'Queued',
  'Provisioning',
  'Provisioned',
  'Executing',
  'Failed',
];
export const INPUT_FAILURE_PATH: readonly JobStatus[] = ['Validating inputs', 'Failed'];
export const CANCELLED_PATH: readonly JobStatus[] = ['Validating inputs', 'Queued', 'Cancelled'];

const FINAL: ReadonlySet<JobStatus> = new Set(['Succeeded', 'Failed', 'Cancelled']);

export const RUNTIME_ERRORS: readonly string[] = [
  'Time limit exceeded',
  'The container ran out of memory.',
  'Algorithm container exited with code 1: RuntimeError: CUDA error: device-side assert triggered',
  "Output file '/output/nodule-locations.json' was not produced",
];

export function isFinal(job: JobRecord): boolean {
  return FINAL.has(job.path[job.step] ?? 'Queued');
}

/** Whether a new job succeeds or crashes, as a fixed function of its pk. */
export function plannedPath(pk: string, failureRate: number): readonly JobStatus[] {
  return unit('job-outcome', pk) < failureRate ? RUNTIME_FAILURE_PATH : SUCCESS_PATH;
}

export function runtimeError(pk: string): string {
  return RUNTIME_ERRORS[between(0, RUNTIME_ERRORS.length - 1, 'job-error', pk)] ?? 'Time limit exceeded';
}

/** Carries out what reaching the current status means. */
function enterStep(state: GcState, job: JobRecord, at: number): void {
  const status = job.path[job.step];
  if (status === 'Executing') job.startedAt = at;
  if (status === 'Succeeded') {
    job.completedAt = at;
    state.setJobOutputs(job, makeOutputs(state, job, at));
  } else if (status === 'Failed') {
    job.completedAt = at;
    if (job.errorMessage === '') job.errorMessage = runtimeError(job.pk);
  } else if (status === 'Cancelled') {
    job.completedAt = at;
  }
}

function step(state: GcState, job: JobRecord, at: number): boolean {
  if (isFinal(job)) return false;
  job.step += 1;
  enterStep(state, job, at);
  return true;
}

/** Applies every step that fell due since each job's anchor. */
export function syncJobs(state: GcState): void {
  const now = state.now();
  const stepMs = state.jobStepMs;
  if (stepMs <= 0) return;
  for (const job of state.jobs.values()) {
    while (!isFinal(job) && now - job.anchor >= stepMs) {
      job.anchor += stepMs;
      step(state, job, job.anchor);
    }
  }
}

/** Moves every unfinished job `steps` statuses on; the clock restarts for each from now. */
export function advanceJobs(state: GcState, steps: number): number {
  syncJobs(state);
  const now = state.now();
  let changed = 0;
  for (const job of state.jobs.values()) {
    let moved = false;
    for (let index = 0; index < steps; index += 1) moved = step(state, job, now) || moved;
    if (moved) {
      job.anchor = now;
      changed += 1;
    }
  }
  return changed;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function sourceImage(state: GcState, job: JobRecord): ImageRecord | undefined {
  for (const civ of job.inputs) {
    const image = civ.imagePk === null ? undefined : state.images.get(civ.imagePk);
    if (image !== undefined) return image;
  }
  return undefined;
}

function outputValue(job: JobRecord, socket: Socket): unknown {
  const draw = unit('job-output', job.pk, socket.slug);
  switch (socket.kind) {
    case 'Integer':
      return between(1, 5, 'job-output', job.pk, socket.slug);
    case 'Bool':
      return draw < 0.2;
    case 'Float':
      return socket.slug === 'prostate-volume' ? round(18 + draw * 62, 2) : round(draw, 4);
    default:
      return { score: round(draw, 4) };
  }
}

function outputFile(job: JobRecord, socket: Socket): () => Uint8Array {
  const count = between(0, 4, 'nodules', job.pk);
  if (socket.slug === 'nodule-locations') {
    const points = Array.from({ length: count }, (_, index) => ({
      name: `nodule ${index + 1}`,
      point: [0, 1, 2].map((axis) => round(-120 + 240 * unit('nodule', job.pk, index, axis), 1)),
      probability: round(unit('nodule-p', job.pk, index), 3),
    }));
    return () => jsonFile({ type: 'Multiple points', points, version: { major: 1, minor: 0 } });
  }
  if (socket.kind === 'PDF file') {
    return () =>
      pdfReport(`${job.algorithm.title} report`, [
        `Job ${job.pk}`,
        `Findings: ${count} suspicious region(s).`,
        'This report was generated automatically and is not a diagnosis.',
      ]);
  }
  return () =>
    jsonFile({ algorithm: job.algorithm.slug, job: job.pk, findings: count, model_version: '1.4.2' });
}

/** What a successful run leaves behind, one value per output socket of the interface used. */
function makeOutputs(state: GcState, job: JobRecord, at: number): CivRecord[] {
  const outputs = job.algorithm.interfaces[job.interfaceIndex]?.outputs ?? [];
  const source = sourceImage(state, job);
  return outputs.map((socket) => {
    if (socket.superKind === 'Image') {
      const image = addVolumeImage(state, {
        pk: uuidFor('job-output-image', job.pk, socket.slug),
        name: `${socket.slug}.mha`,
        created: at,
        phantom: 'mask',
        dims: [source?.width ?? 64, source?.height ?? 64, source?.depth ?? 16],
        spacing: [source?.spacing?.[0] ?? 1, source?.spacing?.[1] ?? 1, source?.spacing?.[2] ?? 1],
        modality: 'SEG',
        patientId: source?.patientId ?? '',
        studyDescription: source?.studyDescription ?? '',
        seriesDescription: socket.title,
        // same seed as the source volume, so the mask covers its lesion
        pixelSeed: source?.pk ?? job.pk,
      });
      return state.imageValue(socket, image.pk);
    }
    if (socket.superKind === 'File') {
      const fileName = socket.relativePath.split('/').at(-1) ?? 'output';
      return state.fileValue(socket, fileName, outputFile(job, socket));
    }
    return state.jsonValue(socket, outputValue(job, socket));
  });
}

/** Completes a seeded job's side effects as if it had run. */
export function finishSeededJob(
  state: GcState,
  job: JobRecord,
  startedAt: number,
  completedAt: number,
): void {
  job.startedAt = startedAt;
  job.completedAt = completedAt;
  const status = job.path[job.step];
  if (status === 'Succeeded') state.setJobOutputs(job, makeOutputs(state, job, completedAt));
  if (status === 'Failed' && job.errorMessage === '') job.errorMessage = runtimeError(job.pk);
}

/** Mean run time of the algorithm's succeeded jobs, in seconds. */
export function averageDuration(state: GcState, algorithmPk: string): number | null {
  let total = 0;
  let count = 0;
  for (const job of state.jobs.values()) {
    if (job.algorithm.pk !== algorithmPk || job.path[job.step] !== 'Succeeded') continue;
    if (job.startedAt === null || job.completedAt === null) continue;
    total += job.completedAt - job.startedAt;
    count += 1;
  }
  return count === 0 ? null : round(total / count / 1000, 3);
}
