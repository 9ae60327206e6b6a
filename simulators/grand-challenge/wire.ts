import { challengeStatus, UNRANKED, type Ranking } from './leaderboard.js';
import { logoUrl, type Links } from './links.js';
import type {
  AlgorithmRecord,
  AnswerRecord,
  ArchiveItemRecord,
  ArchiveRecord,
  ChallengeRecord,
  CivRecord,
  DisplaySetRecord,
  EvaluationRecord,
  ImageRecord,
  JobRecord,
  JobStatus,
  QuestionRecord,
  ReaderStudyRecord,
  UploadRecord,
} from './model.js';
import type { Socket } from './sockets.js';
import { isoDuration, isoTimestamp } from './time.js';

/** JSON shapes as reference §4 lists them; gcapi requires every listed key, nullable ones as null. */

type Json = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** The markdown-rendered `*_safe` fields: escaped text in a paragraph, or empty. */
const safeHtml = (text: string): string => (text === '' ? '' : `<p>${escapeHtml(text)}</p>`);

export function socketJson(socket: Socket): Json {
  return {
    title: socket.title,
    description: socket.description,
    slug: socket.slug,
    kind: socket.kind,
    pk: socket.pk,
    default_value: socket.defaultValue,
    super_kind: socket.superKind,
    relative_path: socket.relativePath,
    overlay_segments: socket.overlaySegments,
    look_up_table: socket.lookUpTable,
  };
}

/** HyperlinkedComponentInterfaceValue, what GET shapes carry. */
export function civJson(links: Links, civ: CivRecord): Json {
  return {
    interface: socketJson(civ.socket),
    value: civ.socket.superKind === 'Value' ? civ.value : null,
    file: civ.file === null ? null : links.media(civ.file.key),
    image: civ.imagePk === null ? null : links.image(civ.imagePk),
    pk: civ.pk,
  };
}

/** ComponentInterfaceValuePost, what the *Post shapes carry. */
export function civPostJson(links: Links, civ: CivRecord): Json {
  return {
    interface: civ.socket.slug,
    value: civ.socket.superKind === 'Value' ? civ.value : null,
    file: civ.file === null ? null : links.media(civ.file.key),
    image: civ.imagePk === null ? null : links.image(civ.imagePk),
    pk: civ.pk,
    image_name: null,
  };
}

export function algorithmJson(
  links: Links,
  algorithm: AlgorithmRecord,
  averageDuration: number | null,
): Json {
  return {
    api_url: links.algorithm(algorithm.pk),
    url: links.web(`algorithms/${algorithm.slug}/`),
    description: algorithm.description,
    pk: algorithm.pk,
    title: algorithm.title,
    logo: logoUrl('algorithm', algorithm.pk),
    slug: algorithm.slug,
    average_duration: averageDuration,
    interfaces: algorithm.interfaces.map((entry) => ({
      inputs: entry.inputs.map(socketJson),
      outputs: entry.outputs.map(socketJson),
    })),
  };
}

export function jobStatus(job: JobRecord): JobStatus {
  return job.path[job.step] ?? 'Queued';
}

export function jobJson(links: Links, job: JobRecord): Json {
  const executed = job.startedAt !== null && job.completedAt !== null;
  const execMs = executed ? (job.completedAt ?? 0) - (job.startedAt ?? 0) : null;
  return {
    pk: job.pk,
    url: links.web(`algorithms/${job.algorithm.slug}/jobs/${job.pk}/`),
    api_url: links.job(job.pk),
    algorithm_image: links.algorithmImage(job.algorithm.imagePk),
    algorithm: links.algorithm(job.algorithm.pk),
    inputs: job.inputs.map((civ) => civJson(links, civ)),
    outputs: job.outputs.map((civ) => civJson(links, civ)),
    status: jobStatus(job),
    hanging_protocol: null,
    optional_hanging_protocols: [],
    view_content: {},
    // null until the job ran: the server computes them from start and end times [inference]
    exec_duration: execMs === null ? null : isoDuration(execMs),
    invoke_duration: execMs === null ? null : isoDuration(Math.round(execMs * 0.93)),
  };
}

export function jobPostJson(links: Links, job: JobRecord, inputs: readonly CivRecord[]): Json {
  return { pk: job.pk, inputs: inputs.map((civ) => civPostJson(links, civ)), status: jobStatus(job) };
}

export function archiveJson(links: Links, archive: ArchiveRecord): Json {
  return {
    pk: archive.pk,
    title: archive.title,
    logo: logoUrl('archive', archive.pk),
    api_url: links.archive(archive.pk),
    url: links.web(`archives/${archive.slug}/`),
    description: archive.description,
  };
}

/** ArchiveItem has no `api_url` (reference §7.4). */
export function archiveItemJson(links: Links, item: ArchiveItemRecord): Json {
  return {
    pk: item.pk,
    title: item.title,
    archive: links.archive(item.archive.pk),
    values: item.values.map((civ) => civJson(links, civ)),
    hanging_protocol: null,
    optional_hanging_protocols: [],
    view_content: {},
  };
}

export function archiveItemPostJson(
  links: Links,
  item: ArchiveItemRecord,
  values: readonly CivRecord[],
): Json {
  return { ...archiveItemJson(links, item), values: values.map((civ) => civPostJson(links, civ)) };
}

export function imageJson(links: Links, image: ImageRecord): Json {
  const shape =
    image.width === null || image.height === null
      ? []
      : image.depth === null || image.depth === 1
        ? [image.height, image.width]
        : [image.depth, image.height, image.width];
  return {
    pk: image.pk,
    name: image.name,
    api_url: links.image(image.pk),
    files: image.files.map((file) => ({
      pk: file.pk,
      image: links.image(image.pk),
      file: links.media(file.key),
      image_type: file.imageType,
    })),
    dicom_image_set: image.dicom === null ? null : { image_set_id: image.dicom.imageSetId },
    width: image.width,
    height: image.height,
    depth: image.depth,
    color_space: 'GRAY',
    modality: image.modality === null ? null : { modality: image.modality },
    shape,
    shape_without_color: shape,
    voxel_width_mm: image.spacing?.[0] ?? null,
    voxel_height_mm: image.spacing?.[1] ?? null,
    voxel_depth_mm: image.spacing?.[2] ?? null,
    window_center: image.windowCenter,
    window_width: image.windowWidth,
    patient_id: image.patientId,
    study_description: image.studyDescription,
    series_description: image.seriesDescription,
    study_instance_uid: image.studyInstanceUid,
    series_instance_uid: image.seriesInstanceUid,
    segments: null,
  };
}

export function questionJson(links: Links, question: QuestionRecord): Json {
  return {
    pk: question.pk,
    api_url: links.question(question.pk),
    reader_study: links.readerStudy(question.readerStudy.pk),
    answer_type: question.answerType,
    question_text: question.text,
    question_text_safe: escapeHtml(question.text),
    help_text_safe: safeHtml(question.helpText),
    required: question.required,
    order: question.order,
    options: question.options.map((option) => ({
      id: option.id,
      title: option.title,
      default: option.default,
    })),
    image_port: null,
    interface: null,
  };
}

export function readerStudyJson(links: Links, study: ReaderStudyRecord, hasGroundTruth: boolean): Json {
  return {
    pk: study.pk,
    slug: study.slug,
    api_url: links.readerStudy(study.pk),
    url: links.web(`reader-studies/${study.slug}/`),
    logo: logoUrl('readerstudy', study.pk),
    title: study.title,
    title_safe: escapeHtml(study.title),
    description: study.description,
    help_text_safe: '',
    questions: study.questions.map((question) => questionJson(links, question)),
    has_ground_truth: hasGroundTruth,
    is_educational: study.isEducational,
    allow_answer_modification: study.allowAnswerModification,
    hanging_protocol: null,
    optional_hanging_protocols: [],
    view_content: {},
  };
}

export function displaySetJson(links: Links, displaySet: DisplaySetRecord, index: number | null): Json {
  return {
    pk: displaySet.pk,
    title: displaySet.title,
    title_safe: escapeHtml(displaySet.title),
    reader_study: links.readerStudy(displaySet.readerStudy.pk),
    values: displaySet.values.map((civ) => civJson(links, civ)),
    order: displaySet.order,
    api_url: links.displaySet(displaySet.pk),
    hanging_protocol: null,
    optional_hanging_protocols: [],
    view_content: {},
    description: '',
    index,
  };
}

/** DisplaySetPost names its reader study by slug, unlike the GET shape (reference §7.4). */
export function displaySetPostJson(
  links: Links,
  displaySet: DisplaySetRecord,
  index: number | null,
  values: readonly CivRecord[],
): Json {
  return {
    ...displaySetJson(links, displaySet, index),
    reader_study: displaySet.readerStudy.slug,
    values: values.map((civ) => civPostJson(links, civ)),
  };
}

export function answerJson(links: Links, answer: AnswerRecord): Json {
  return {
    pk: answer.pk,
    api_url: links.answer(answer.pk),
    answer: answer.answer,
    creator: answer.creator,
    display_set: links.displaySet(answer.displaySet.pk),
    question: links.question(answer.question.pk),
    answer_image: null,
    created: isoTimestamp(answer.created),
    modified: isoTimestamp(answer.modified),
    last_edit_duration: answer.lastEditMs === null ? null : isoDuration(answer.lastEditMs),
    total_edit_duration: answer.totalEditMs === null ? null : isoDuration(answer.totalEditMs),
    is_ground_truth: answer.isGroundTruth,
  };
}

export function uploadJson(links: Links, upload: UploadRecord): Json {
  return {
    pk: upload.pk,
    created: isoTimestamp(upload.created),
    filename: upload.filename,
    key: upload.key,
    s3_upload_id: upload.s3UploadId,
    status: upload.status,
    api_url: links.upload(upload.pk),
  };
}

export function challengeJson(links: Links, challenge: ChallengeRecord, now: number): Json {
  const opens = challenge.phases.map((phase) => phase.opens);
  const closes = challenge.phases.map((phase) => phase.closes);
  const kinds = [...new Set(challenge.phases.map((phase) => phase.submissionKind))];
  return {
    api_url: links.challenge(challenge.slug),
    url: links.web(`${challenge.slug}/`),
    slug: challenge.slug,
    title: challenge.title,
    description: challenge.description,
    public: !challenge.hidden,
    status: challengeStatus(challenge, now),
    logo: logoUrl('challenge', challenge.pk),
    submission_types: kinds,
    start_date: opens.length === 0 ? null : isoTimestamp(Math.min(...opens)),
    end_date:
      closes.length === 0 || closes.some((close) => close === null)
        ? null
        : isoTimestamp(Math.max(...closes.map((close) => close ?? 0))),
    publications: [...challenge.publications],
    created: isoTimestamp(challenge.created),
    modified: isoTimestamp(challenge.modified),
    incentives: [...challenge.incentives],
  };
}

export function submissionJson(links: Links, evaluation: EvaluationRecord): Json {
  const { submission } = evaluation;
  const { phase } = submission;
  return {
    pk: submission.pk,
    phase: {
      challenge: { title: phase.challenge.title, short_name: phase.challenge.slug },
      title: phase.title,
      slug: phase.slug,
    },
    created: isoTimestamp(submission.created),
    creator: { username: submission.creator },
    comment: submission.comment,
    predictions_file: submission.predictionsKey === null ? null : links.media(submission.predictionsKey),
    supplementary_file: null,
    supplementary_url: null,
  };
}

export function evaluationJson(
  links: Links,
  evaluation: EvaluationRecord,
  ranking: Ranking = UNRANKED,
): Json {
  const ran = evaluation.startedAt !== null && evaluation.completedAt !== null;
  const durationMs = ran ? (evaluation.completedAt ?? 0) - (evaluation.startedAt ?? 0) : null;
  return {
    pk: evaluation.pk,
    method: null,
    submission: submissionJson(links, evaluation),
    created: isoTimestamp(evaluation.created),
    published: evaluation.published,
    outputs: evaluation.outputs.map((civ) => civJson(links, civ)),
    rank: ranking.rank,
    rank_score: ranking.rankScore,
    rank_per_metric: ranking.rankPerMetric,
    status: evaluation.status,
    title: `#${ranking.rank} ${evaluation.submission.creator}`,
    exec_duration: durationMs === null ? null : isoDuration(durationMs),
    invoke_duration: durationMs === null ? null : isoDuration(Math.round(durationMs * 0.9)),
  };
}

/** The claimable/claimed shape for external evaluators [unknown: not in the reference]. */
export function externalEvaluationJson(links: Links, evaluation: EvaluationRecord): Json {
  return {
    pk: evaluation.pk,
    api_url: links.evaluation(evaluation.pk),
    status: evaluation.status,
    created: isoTimestamp(evaluation.created),
    submission: submissionJson(links, evaluation),
    claimed_by: evaluation.claimedBy === null ? null : { username: evaluation.claimedBy },
    started_at: evaluation.startedAt === null ? null : isoTimestamp(evaluation.startedAt),
  };
}
