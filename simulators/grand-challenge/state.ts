import { IdSequence } from './ids.js';
import type {
  AlgorithmRecord,
  AnswerRecord,
  ArchiveItemRecord,
  ArchiveRecord,
  ChallengeRecord,
  CivRecord,
  DisplaySetRecord,
  EvaluationRecord,
  Holder,
  ImageRecord,
  JobRecord,
  QuestionRecord,
  ReaderStudyRecord,
  StoredFile,
  SubmissionRecord,
  UploadRecord,
} from './model.js';
import type { Socket } from './sockets.js';
import { ObjectStore } from './storage.js';

/** What a path under `/media/` serves, and so whose permissions guard it. */
export type MediaEntry =
  | { readonly kind: 'imageFile'; readonly image: ImageRecord }
  | { readonly kind: 'civFile'; readonly civ: CivRecord }
  | { readonly kind: 'predictions'; readonly submission: SubmissionRecord };

/** Everything one simulator instance knows; nothing is shared between instances. */
export class GcState {
  /** Platform time, epoch ms. */
  readonly now: () => number;
  /** The moment the seed was laid out; seeded dates are relative to it. */
  readonly startedAt: number;
  readonly jobStepMs: number;
  readonly store = new ObjectStore();
  readonly ids = new IdSequence('runtime');
  readonly images = new Map<string, ImageRecord>();
  readonly civs = new Map<number, CivRecord>();
  readonly imageCivs = new Map<string, Set<CivRecord>>();
  readonly media = new Map<string, MediaEntry>();
  readonly algorithms = new Map<string, AlgorithmRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly archives = new Map<string, ArchiveRecord>();
  readonly archiveItems = new Map<string, ArchiveItemRecord>();
  readonly readerStudies = new Map<string, ReaderStudyRecord>();
  readonly displaySets = new Map<string, DisplaySetRecord>();
  readonly questions = new Map<string, QuestionRecord>();
  readonly answers = new Map<string, AnswerRecord>();
  readonly uploads = new Map<string, UploadRecord>();
  /** By slug, the challenges' lookup key. */
  readonly challenges = new Map<string, ChallengeRecord>();
  readonly submissions = new Map<string, SubmissionRecord>();
  readonly evaluations = new Map<string, EvaluationRecord>();
  #nextCivPk = 48_211;

  constructor(now: () => number, jobStepMs: number) {
    this.now = now;
    this.startedAt = now();
    this.jobStepMs = jobStepMs;
  }

  addImage(image: ImageRecord): ImageRecord {
    this.images.set(image.pk, image);
    for (const file of image.files) this.media.set(file.key, { kind: 'imageFile', image });
    return image;
  }

  /** Image values are shared per (socket, image), as the platform's get_or_create does. */
  imageValue(socket: Socket, imagePk: string): CivRecord {
    for (const civ of this.imageCivs.get(imagePk) ?? []) if (civ.socket === socket) return civ;
    const civ = this.#newCiv(socket, null, imagePk, null);
    const set = this.imageCivs.get(imagePk) ?? new Set<CivRecord>();
    set.add(civ);
    this.imageCivs.set(imagePk, set);
    return civ;
  }

  jsonValue(socket: Socket, value: unknown): CivRecord {
    return this.#newCiv(socket, value, null, null);
  }

  /** A file value; its object lives under the CIV's media path, named after the socket's file. */
  fileValue(socket: Socket, fileName: string, bytes: () => Uint8Array): CivRecord {
    const pk = this.#nextCivPk;
    const key = civFileKey(pk, fileName);
    this.store.define(key, bytes);
    return this.#newCiv(socket, null, null, { key, fileName });
  }

  /** Replaces a holder's values, keeping the holders index of every value in step. */
  setValues(holder: Holder, values: CivRecord[]): void {
    const current = holder.kind === 'job' ? [...holder.inputs, ...holder.outputs] : currentValues(holder);
    for (const civ of current) civ.holders.delete(holder);
    if (holder.kind === 'job') holder.inputs = values;
    else if (holder.kind === 'evaluation') holder.outputs = values;
    else holder.values = values;
    const after = holder.kind === 'job' ? [...holder.inputs, ...holder.outputs] : values;
    for (const civ of after) civ.holders.add(holder);
  }

  setJobOutputs(job: JobRecord, outputs: CivRecord[]): void {
    for (const civ of job.outputs) civ.holders.delete(job);
    job.outputs = outputs;
    for (const civ of outputs) civ.holders.add(job);
  }

  #newCiv(socket: Socket, value: unknown, imagePk: string | null, file: StoredFile | null): CivRecord {
    const pk = this.#nextCivPk;
    this.#nextCivPk += 1;
    const civ: CivRecord = { pk, socket, value, imagePk, file, holders: new Set() };
    this.civs.set(pk, civ);
    if (file !== null) this.media.set(file.key, { kind: 'civFile', civ });
    return civ;
  }
}

function currentValues(holder: ArchiveItemRecord | DisplaySetRecord | EvaluationRecord): CivRecord[] {
  return holder.kind === 'evaluation' ? holder.outputs : holder.values;
}

/** `components/componentinterfacevalue/<millions>/<thousands>/<pk>/<name>` [inference]. */
export function civFileKey(pk: number, fileName: string): string {
  const millions = String(Math.floor(pk / 1_000_000) % 1000).padStart(3, '0');
  const thousands = String(Math.floor(pk / 1000) % 1000).padStart(3, '0');
  return `components/componentinterfacevalue/${millions}/${thousands}/${pk}/${fileName}`;
}

/** `images/<pk[0:2]>/<pk[2:4]>/<pk>/<name>`, the platform's image file layout. */
export function imageFileKey(imagePk: string, fileName: string): string {
  return `images/${imagePk.slice(0, 2)}/${imagePk.slice(2, 4)}/${imagePk}/${fileName}`;
}
