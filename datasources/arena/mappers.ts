import type {
  ArenaDatasetModel,
  ArenaGroupModel,
  ArenaJobModel,
  ArenaJobParamsModel,
  ArenaJobStatus,
  ArenaMeModel,
  ArenaPictureModel,
  ArenaPointModel,
  ArenaRoundModel,
  ArenaRoundStatus,
  ArenaSplit,
  ArenaWorkerModel,
} from './models.js';
import type {
  DatasetWire,
  GroupWire,
  JobParamsWire,
  JobWire,
  MeWire,
  PictureWire,
  PointWire,
  RoundWire,
  SplitWire,
  WorkerWire,
} from './wire.js';
import { isoUtc, isoUtcOrNull } from '../core/index.js';

// Written out in each model, not spread from a shared object: an object literal that starts with a
// spread is built slowly (it cost ~10 µs per archive item, most of mapping a 1,000-item page).
const platform = 'ARENA' as const;

/** Arena's `pending` job waits in the workers' queue (ping claims the oldest): QUEUED, not PENDING. */
const jobStatus: Readonly<Record<string, ArenaJobStatus>> = {
  pending: 'QUEUED',
  running: 'RUNNING',
  done: 'SUCCEEDED',
  failed: 'FAILED',
};

/** The platform status a normalized filter selects; undefined when no Arena job can have it. */
export function platformJobStatus(status: ArenaJobStatus): string | undefined {
  return Object.entries(jobStatus).find(([, normalized]) => normalized === status)?.[0];
}

const splits: Readonly<Record<SplitWire, ArenaSplit>> = {
  training: 'TRAINING',
  test: 'TEST',
  validation: 'VALIDATION',
};

export function platformSplit(split: ArenaSplit): SplitWire {
  return split === 'TRAINING' ? 'training' : split === 'TEST' ? 'test' : 'validation';
}

export function toGroup(wire: GroupWire): ArenaGroupModel {
  return {
    platform,
    __typename: 'ArenaGroup',
    nativeId: String(wire.id),
    name: wire.name,
    public: wire.public,
    members: wire.members,
    createdAt: isoUtc(wire.created_at),
  };
}

/**
 * `is_open` is the platform's word on whether a round takes entries; the dates tell a closed round
 * that has not opened yet from one that has ended. A closed round whose dates say open (clock skew)
 * is UNKNOWN.
 */
export function toRound(wire: RoundWire, now: number): ArenaRoundModel {
  let status: ArenaRoundStatus = 'ACTIVE';
  if (!wire.is_open) {
    const opens = Date.parse(wire.opens_at);
    const closes = wire.closes_at === null ? null : Date.parse(wire.closes_at);
    status = now < opens ? 'UPCOMING' : closes !== null && now >= closes ? 'ENDED' : 'UNKNOWN';
  }
  return {
    platform,
    __typename: 'ArenaRound',
    nativeId: String(wire.id),
    url: null,
    name: wire.name,
    description: wire.description ?? null,
    status,
    platformStatus: wire.is_open ? 'open' : 'closed',
    isOpen: wire.is_open,
    startsAt: isoUtc(wire.opens_at),
    endsAt: isoUtcOrNull(wire.closes_at),
    datasetIds: wire.datasets.map(String),
    participants: wire.participants,
  };
}

export function toDataset(wire: DatasetWire): ArenaDatasetModel {
  return {
    platform,
    __typename: 'ArenaDataset',
    nativeId: String(wire.id),
    url: null,
    name: wire.name,
    description: wire.description ?? null,
    kind: 'COLLECTION',
    createdAt: isoUtc(wire.created_at),
    downloadPath: null,
    featureCount: wire.n_features,
    classes: wire.classes,
    counts: { ...wire.counts },
  };
}

export function toPoint(datasetId: string, wire: PointWire): ArenaPointModel {
  return {
    platform,
    __typename: 'ArenaPoint',
    nativeId: String(wire.id),
    datasetId,
    features: wire.features,
    label: wire.label,
    split: splits[wire.split],
  };
}

/**
 * Where a platform file URL (`/media/job_pictures/17/roc.png`, relative to the site) can be read:
 * its absolute URL, and its path under the base URL when it lives there.
 */
export function fileLocation(url: string, baseUrl: URL): { url: string; downloadPath: string | null } {
  let absolute: URL;
  try {
    absolute = new URL(url, `${baseUrl.origin}/`);
  } catch {
    return { url, downloadPath: null };
  }
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  const under = absolute.origin === baseUrl.origin && absolute.pathname.startsWith(`${basePath}/`);
  return {
    url: absolute.href,
    downloadPath: under ? absolute.pathname.slice(basePath.length) + absolute.search : null,
  };
}

function filenameOf(url: string): string {
  const last = url.split('?')[0]?.split('/').at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A picture known only by the URL in a job's `pictures` list. */
export function toPictureRef(jobId: string, url: string, baseUrl: URL): ArenaPictureModel {
  const filename = filenameOf(url);
  return {
    platform,
    __typename: 'ArenaPicture',
    nativeId: `${jobId}/${filename}`,
    jobId,
    filename,
    ...fileLocation(url, baseUrl),
    pictureId: null,
    contentType: null,
    uploadedAt: null,
  };
}

export function toPicture(wire: PictureWire, baseUrl: URL): ArenaPictureModel {
  const jobId = String(wire.job);
  return {
    platform,
    __typename: 'ArenaPicture',
    nativeId: `${jobId}/${wire.filename}`,
    jobId,
    filename: wire.filename,
    ...fileLocation(wire.url, baseUrl),
    pictureId: String(wire.id),
    contentType: wire.content_type,
    uploadedAt: isoUtcOrNull(wire.uploaded_at),
  };
}

export function toJob(wire: JobWire, baseUrl: URL): ArenaJobModel {
  const jobId = String(wire.id);
  // The list form leaves the label keys out; the detail form has them (null until results).
  const detailed =
    wire.labels_training !== undefined ||
    wire.labels_test !== undefined ||
    wire.labels_validation !== undefined;
  return {
    platform,
    __typename: 'ArenaJob',
    nativeId: jobId,
    url: null,
    title: wire.algorithm,
    status: jobStatus[wire.status] ?? 'UNKNOWN',
    platformStatus: wire.status,
    algorithm: wire.algorithm,
    params: wire.params,
    datasetId: String(wire.dataset),
    roundId: wire.round === null ? null : String(wire.round),
    groupName: wire.group,
    owner: wire.owner,
    worker: wire.worker,
    createdAt: isoUtc(wire.created_at),
    startedAt: isoUtcOrNull(wire.started_at),
    updatedAt: isoUtc(wire.finished_at ?? wire.started_at ?? wire.created_at),
    completedAt: isoUtcOrNull(wire.finished_at),
    success: wire.success,
    scoreTest: wire.score_test,
    scoreValidation: wire.score_validation,
    extraScoresTest: wire.extra_scores_test,
    extraScoresValidation: wire.extra_scores_validation,
    message: wire.message,
    labels: detailed
      ? {
          training: wire.labels_training ?? null,
          test: wire.labels_test ?? null,
          validation: wire.labels_validation ?? null,
        }
      : null,
    pictures: wire.pictures.map((url) => toPictureRef(jobId, url, baseUrl)),
  };
}

export function toJobParams(jobId: string, wire: JobParamsWire): ArenaJobParamsModel {
  return { jobId, algorithm: wire.algorithm, datasetId: String(wire.dataset), params: wire.params };
}

export function toWorker(wire: WorkerWire): ArenaWorkerModel {
  return {
    platform,
    __typename: 'ArenaWorker',
    nativeId: wire.username,
    username: wire.username,
    name: wire.username,
    lastSeen: isoUtcOrNull(wire.last_seen),
    currentJobId: wire.current_job === null ? null : String(wire.current_job),
    jobsDone: wire.jobs_done,
  };
}

/** A worker known only by the username on a job (the workers list is admin-only). */
export function toWorkerRef(username: string): ArenaWorkerModel {
  return {
    platform,
    __typename: 'ArenaWorker',
    nativeId: username,
    username,
    name: username,
    lastSeen: null,
    currentJobId: null,
    jobsDone: null,
  };
}

export function toMe(wire: MeWire): ArenaMeModel {
  return {
    username: wire.username,
    isAdmin: wire.is_admin,
    groups: wire.groups,
    roundIds: wire.rounds.map(String),
  };
}
