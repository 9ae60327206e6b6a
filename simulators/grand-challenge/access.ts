import type {
  AlgorithmRecord,
  AnswerRecord,
  ArchiveRecord,
  ChallengeRecord,
  CivRecord,
  EvaluationRecord,
  Holder,
  ImageRecord,
  JobRecord,
  PhaseRecord,
  ReaderStudyRecord,
} from './model.js';
import type { GcState } from './state.js';
import type { UserRecord } from './users.js';

/**
 * Object permissions as guardian grants them on the platform. `null` is the anonymous user, who
 * sees public objects only. Objects a caller may not see answer 404, never 403.
 */

type Viewer = UserRecord | null;

const named = (user: Viewer): string | undefined => user?.username;

const member = (user: Viewer, ...groups: ReadonlyArray<ReadonlySet<string>>): boolean => {
  const name = named(user);
  return name !== undefined && groups.some((group) => group.has(name));
};

export function canViewAlgorithm(user: Viewer, algorithm: AlgorithmRecord): boolean {
  return algorithm.public || member(user, algorithm.editors, algorithm.users);
}

export function canExecuteAlgorithm(user: Viewer, algorithm: AlgorithmRecord): boolean {
  return member(user, algorithm.editors, algorithm.users);
}

/** The creator, the algorithm's editors [inference], and everyone once the job is public. */
export function canViewJob(user: Viewer, job: JobRecord): boolean {
  return job.public || named(user) === job.creator || member(user, job.algorithm.editors);
}

export function canViewArchive(user: Viewer, archive: ArchiveRecord): boolean {
  return archive.public || member(user, archive.editors, archive.uploaders, archive.users);
}

/** Editors and uploaders add and change items. */
export function canUploadToArchive(user: Viewer, archive: ArchiveRecord): boolean {
  return member(user, archive.editors, archive.uploaders);
}

export function canViewReaderStudy(user: Viewer, study: ReaderStudyRecord): boolean {
  return member(user, study.editors, study.readers);
}

export function isReaderStudyEditor(user: Viewer, study: ReaderStudyRecord): boolean {
  return member(user, study.editors);
}

export function isReader(user: Viewer, study: ReaderStudyRecord): boolean {
  return member(user, study.readers);
}

/** Readers see their own answers; editors see every answer, ground truth included. */
export function canViewAnswer(user: Viewer, answer: AnswerRecord): boolean {
  if (isReaderStudyEditor(user, answer.question.readerStudy)) return true;
  return !answer.isGroundTruth && named(user) === answer.creator;
}

export function isChallengeAdmin(user: Viewer, challenge: ChallengeRecord): boolean {
  return member(user, challenge.admins);
}

export function isExternalEvaluator(user: Viewer, phase: PhaseRecord): boolean {
  return phase.externalEvaluation && member(user, phase.evaluators);
}

/** Published results on a public leaderboard are for everyone; the rest for the submitter and admins. */
export function canViewEvaluation(user: Viewer, evaluation: EvaluationRecord): boolean {
  const { phase, creator } = evaluation.submission;
  if (evaluation.published && evaluation.status === 'Succeeded' && phase.publicLeaderboard) return true;
  if (named(user) === creator) return true;
  return isChallengeAdmin(user, phase.challenge) || isExternalEvaluator(user, phase);
}

export function canViewHolder(user: Viewer, holder: Holder): boolean {
  switch (holder.kind) {
    case 'job':
      return canViewJob(user, holder);
    case 'archiveItem':
      return canViewArchive(user, holder.archive);
    case 'displaySet':
      return canViewReaderStudy(user, holder.readerStudy);
    case 'evaluation':
      return canViewEvaluation(user, holder);
    default: {
      const never: never = holder;
      return never;
    }
  }
}

export function canViewValue(user: Viewer, civ: CivRecord): boolean {
  for (const holder of civ.holders) if (canViewHolder(user, holder)) return true;
  return false;
}

export function canViewImage(state: GcState, user: Viewer, image: ImageRecord): boolean {
  if (image.owner !== null && image.owner === named(user)) return true;
  for (const civ of state.imageCivs.get(image.pk) ?? []) if (canViewValue(user, civ)) return true;
  return false;
}
