import type {
  ChallengeStatus,
  GcAlgorithmModel,
  GcAnswerModel,
  GcArchiveItemModel,
  GcArchiveModel,
  GcChallengeModel,
  GcContainer,
  GcDisplaySetModel,
  GcEvaluationModel,
  GcImageModel,
  GcJobModel,
  GcQuestionModel,
  GcReaderModel,
  GcReaderStudyModel,
  GcSocketModel,
  GcSocketValueModel,
  JobStatus,
  SubmissionStatus,
} from './models.js';
import type {
  AlgorithmWire,
  AnswerWire,
  ArchiveItemWire,
  ArchiveWire,
  ChallengeWire,
  DisplaySetWire,
  EvaluationWire,
  ImageWire,
  JobWire,
  QuestionWire,
  ReaderStudyWire,
  SocketValueWire,
  SocketWire,
} from './wire.js';
import { isoUtcOrNull } from '../core/index.js';

// Written out in each model, not spread from a shared object: an object literal that starts with a
// spread is built slowly (it cost ~10 µs per archive item, most of mapping a 1,000-item page).
const platform = 'GRAND_CHALLENGE' as const;

/**
 * An API URL whose last path segment needs no URL parsing: absolute http(s), plain unreserved
 * characters, no dot segments. Grand Challenge's own links all have this form.
 */
const PLAIN_API_URL = /^https?:\/\/[^/?#\\]+(?:\/[\w~-][\w.~-]*)*\/([\w~-][\w.~-]*)\/?(?:[?#]|$)/;

/** The pk at the end of an API URL (`…/api/v1/cases/images/<pk>/`). */
export function pkOf(apiUrl: string | null | undefined): string | null {
  if (!apiUrl) return null;
  // A page of 1,000 archive items holds thousands of such links: WHATWG URL parsing of each was a
  // measurable part of mapping the page. The fast path gives what the general one would.
  const plain = PLAIN_API_URL.exec(apiUrl);
  if (plain?.[1]) return plain[1];
  const match = /\/([^/]+)\/?$/.exec(new URL(apiUrl, 'https://x').pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function toSocket(wire: SocketWire): GcSocketModel {
  return {
    pk: wire.pk,
    slug: wire.slug,
    title: wire.title,
    description: wire.description ?? null,
    kind: wire.kind,
    superKind: wire.super_kind,
    relativePath: wire.relative_path,
    defaultValue: wire.default_value ?? null,
  };
}

export function toSocketValue(wire: SocketValueWire, container: GcContainer): GcSocketValueModel {
  return {
    pk: wire.pk,
    socket: toSocket(wire.interface),
    value: wire.value ?? null,
    fileUrl: wire.file ?? null,
    imagePk: pkOf(wire.image),
    imageApiUrl: wire.image ?? null,
    container,
  };
}

const challengeStatus: Record<string, ChallengeStatus> = {
  OPEN: 'ACTIVE',
  OPEN_SOON: 'UPCOMING',
  CLOSED: 'ENDED',
  COMPLETED: 'ENDED',
};

export function toChallenge(wire: ChallengeWire): GcChallengeModel {
  return {
    platform,
    __typename: 'GrandChallengeChallenge',
    nativeId: wire.slug,
    url: wire.url,
    slug: wire.slug,
    name: wire.title ?? wire.slug,
    description: wire.description ?? null,
    status: challengeStatus[wire.status] ?? 'UNKNOWN',
    platformStatus: wire.status,
    startsAt: isoUtcOrNull(wire.start_date),
    endsAt: isoUtcOrNull(wire.end_date),
    public: wire.public ?? null,
    submissionTypes: wire.submission_types,
    publications: wire.publications,
    incentives: wire.incentives,
    logo: wire.logo ?? null,
  };
}

export function toAlgorithm(wire: AlgorithmWire): GcAlgorithmModel {
  return {
    platform,
    __typename: 'GrandChallengeAlgorithm',
    nativeId: wire.pk,
    pk: wire.pk,
    apiUrl: wire.api_url,
    url: wire.url,
    slug: wire.slug,
    title: wire.title,
    description: wire.description ?? null,
    averageDurationSeconds: wire.average_duration ?? null,
    interfaces: wire.interfaces.map((i) => ({
      inputs: i.inputs.map(toSocket),
      outputs: i.outputs.map(toSocket),
    })),
  };
}

/** The labels of `ComponentJob.STATUS_CHOICES` (reference §4.1). */
const jobStatus: Record<string, JobStatus> = {
  'Validating inputs': 'PENDING',
  Queued: 'QUEUED',
  'Re-Queued': 'QUEUED',
  Provisioning: 'RUNNING',
  Provisioned: 'RUNNING',
  Started: 'RUNNING',
  Executing: 'RUNNING',
  'Executing Algorithm': 'RUNNING',
  Executed: 'RUNNING',
  'Parsing Outputs': 'RUNNING',
  'External Execution In Progress': 'RUNNING',
  Succeeded: 'SUCCEEDED',
  Failed: 'FAILED',
  Cancelled: 'CANCELED',
};

export function toJob(wire: JobWire): GcJobModel {
  const container = { kind: 'job' as const, pk: wire.pk };
  return {
    platform,
    __typename: 'GrandChallengeAlgorithmJob',
    nativeId: wire.pk,
    pk: wire.pk,
    url: wire.url,
    apiUrl: wire.api_url,
    title: null,
    status: jobStatus[wire.status] ?? 'UNKNOWN',
    platformStatus: wire.status,
    createdAt: null,
    updatedAt: null,
    completedAt: null,
    algorithmPk: pkOf(wire.algorithm),
    inputs: wire.inputs.map((v) => toSocketValue(v, container)),
    outputs: wire.outputs.map((v) => toSocketValue(v, container)),
    execDuration: wire.exec_duration ?? null,
    invokeDuration: wire.invoke_duration ?? null,
  };
}

export function toArchive(wire: ArchiveWire): GcArchiveModel {
  const slug = /\/archives\/([^/]+)\/?$/.exec(wire.url)?.[1] ?? null;
  return {
    platform,
    __typename: 'GrandChallengeArchive',
    nativeId: wire.pk,
    pk: wire.pk,
    apiUrl: wire.api_url,
    url: wire.url,
    slug,
    name: wire.title,
    description: wire.description ?? null,
    kind: 'COLLECTION',
    createdAt: null,
  };
}

export function toArchiveItem(wire: ArchiveItemWire): GcArchiveItemModel {
  const archivePk = pkOf(wire.archive);
  const container = { kind: 'archive' as const, pk: archivePk ?? '' };
  return {
    platform,
    __typename: 'GrandChallengeArchiveItem',
    nativeId: wire.pk,
    pk: wire.pk,
    title: wire.title,
    archivePk,
    values: wire.values.map((v) => toSocketValue(v, container)),
  };
}

export function toImage(wire: ImageWire): GcImageModel {
  const voxel = [wire.voxel_width_mm, wire.voxel_height_mm, wire.voxel_depth_mm];
  return {
    platform,
    __typename: 'GrandChallengeImage',
    nativeId: wire.pk,
    pk: wire.pk,
    name: wire.name,
    apiUrl: wire.api_url,
    files: wire.files.map((f) => ({ pk: f.pk, fileUrl: f.file, imageType: f.image_type ?? null })),
    width: wire.width ?? null,
    height: wire.height ?? null,
    depth: wire.depth ?? null,
    shape: wire.shape ?? null,
    modality: wire.modality?.modality ?? null,
    voxelSizeMm: voxel.every((v) => typeof v === 'number') ? (voxel as number[]) : null,
  };
}

export function toQuestion(wire: QuestionWire): GcQuestionModel {
  return {
    pk: wire.pk,
    apiUrl: wire.api_url,
    readerStudyPk: pkOf(wire.reader_study),
    answerType: wire.answer_type,
    text: wire.question_text ?? wire.question_text_safe ?? null,
    required: wire.required ?? null,
    order: wire.order ?? null,
    options: wire.options.map((o) => ({ id: o.id, title: o.title, default: o.default ?? null })),
  };
}

export function toReaderStudy(wire: ReaderStudyWire): GcReaderStudyModel {
  return {
    platform,
    __typename: 'GrandChallengeReaderStudy',
    nativeId: wire.pk,
    pk: wire.pk,
    slug: wire.slug,
    apiUrl: wire.api_url,
    url: wire.url,
    title: wire.title ?? wire.title_safe ?? wire.slug,
    description: wire.description ?? null,
    hasGroundTruth: wire.has_ground_truth ?? null,
    questions: wire.questions.map(toQuestion),
  };
}

export function toDisplaySet(wire: DisplaySetWire): GcDisplaySetModel {
  const readerStudyPk = pkOf(wire.reader_study);
  const container = { kind: 'readerStudy' as const, pk: readerStudyPk ?? '' };
  return {
    platform,
    __typename: 'GrandChallengeDisplaySet',
    nativeId: wire.pk,
    pk: wire.pk,
    apiUrl: wire.api_url,
    title: wire.title_safe ?? wire.title ?? null,
    readerStudyPk,
    order: wire.order ?? null,
    index: wire.index ?? null,
    description: wire.description ?? null,
    values: wire.values.map((v) => toSocketValue(v, container)),
    // Display sets have no lifecycle of their own on the platform.
    status: 'UNKNOWN',
    platformStatus: 'display set',
    data: null,
    createdAt: null,
  };
}

export function toAnswer(wire: AnswerWire): GcAnswerModel {
  return {
    platform,
    __typename: 'GrandChallengeAnswer',
    nativeId: wire.pk,
    pk: wire.pk,
    answer: wire.answer ?? null,
    creator: wire.creator,
    displaySetPk: pkOf(wire.display_set),
    questionPk: pkOf(wire.question),
    answerImagePk: pkOf(wire.answer_image),
    createdAt: isoUtcOrNull(wire.created),
    modifiedAt: isoUtcOrNull(wire.modified),
    isGroundTruth: wire.is_ground_truth,
  };
}

export function toReader(username: string): GcReaderModel {
  return { platform, __typename: 'GrandChallengeReader', nativeId: username, name: username, username };
}

const evaluationStatus: Record<string, SubmissionStatus> = {
  Queued: 'QUEUED',
  'Re-Queued': 'QUEUED',
  'Validating inputs': 'PENDING',
  Succeeded: 'SCORED',
  Failed: 'FAILED',
  Cancelled: 'FAILED',
};

export function toEvaluation(wire: EvaluationWire): GcEvaluationModel {
  const container = { kind: 'evaluation' as const, pk: wire.pk };
  const outputs = wire.outputs.map((v) => toSocketValue(v, container));
  return {
    platform,
    __typename: 'GrandChallengeEvaluation',
    nativeId: wire.pk,
    pk: wire.pk,
    url: null,
    status:
      evaluationStatus[wire.status] ?? (jobStatus[wire.status] === 'RUNNING' ? 'PROCESSING' : 'UNKNOWN'),
    platformStatus: wire.status,
    submittedAt: isoUtcOrNull(wire.submission.created ?? wire.created),
    score: wire.rank_score ?? null,
    submitter: wire.submission.creator?.username ?? null,
    rank: wire.rank ?? null,
    rankPerMetric: wire.rank_per_metric ?? null,
    published: wire.published ?? null,
    challengeSlug: wire.submission.phase.challenge.short_name,
    challengeTitle: wire.submission.phase.challenge.title ?? null,
    phaseSlug: wire.submission.phase.slug,
    phaseTitle: wire.submission.phase.title,
    comment: wire.submission.comment ?? null,
    outputs,
    metrics: outputs.find((o) => o.socket.slug === 'metrics-json-file')?.value ?? null,
  };
}
