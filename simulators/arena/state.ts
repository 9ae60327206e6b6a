import type {
  DatasetRecord,
  GroupRecord,
  JobRecord,
  PictureRecord,
  RoundRecord,
  SessionRecord,
  Split,
} from './model.js';
import type { Millis } from './time.js';
import type { ArenaDemoUser } from './users.js';

/** One simulator instance's data. Everything is in memory and dies with the instance. */
export class ArenaState {
  readonly groups = new Map<number, GroupRecord>();
  readonly rounds = new Map<number, RoundRecord>();
  readonly datasets = new Map<number, DatasetRecord>();
  readonly jobs = new Map<number, JobRecord>();
  readonly pictures = new Map<number, PictureRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  /** Workers' last poll; an admin appears in `/api/workers/` once it has polled. */
  readonly lastSeen = new Map<string, Millis>();
  logins = 0;
  readonly #next = new Map<string, number>();
  readonly #clock: () => Date;

  constructor(
    clock: () => Date,
    /** How long a session lives after login. */
    readonly sessionTtlMs: number,
  ) {
    this.#clock = clock;
  }

  now(): Millis {
    return this.#clock().getTime();
  }

  /** Auto-increment per table, as Django's primary keys. */
  nextId(table: string): number {
    const id = this.#next.get(table) ?? 1;
    this.#next.set(table, id + 1);
    return id;
  }

  groupNamed(name: string): GroupRecord | undefined {
    for (const group of this.groups.values()) if (group.name === name) return group;
    return undefined;
  }

  groupsOf(username: string): GroupRecord[] {
    return [...this.groups.values()].filter((group) => group.members.includes(username));
  }

  isOpen(round: RoundRecord, at: Millis = this.now()): boolean {
    return round.opensAt <= at && (round.closesAt === null || at < round.closesAt);
  }

  /** Owner, a member of the job's group, or an admin. */
  canSee(user: ArenaDemoUser, job: JobRecord): boolean {
    if (user.admin || job.owner === user.username) return true;
    if (job.group === null) return false;
    return this.groupNamed(job.group)?.members.includes(user.username) ?? false;
  }

  picturesOf(jobId: number): PictureRecord[] {
    return [...this.pictures.values()].filter((picture) => picture.job === jobId);
  }

  splitSize(dataset: DatasetRecord, split: Split): number {
    return dataset.points.filter((point) => point.split === split).length;
  }

  /**
   * Hands the oldest pending job to `worker`. Synchronous from lookup to mutation, so two polls
   * racing on the event loop can never both take the same job.
   */
  claimNext(worker: string): JobRecord | undefined {
    const at = this.now();
    this.lastSeen.set(worker, at);
    let oldest: JobRecord | undefined;
    for (const job of this.jobs.values()) {
      if (job.status !== 'pending') continue;
      if (oldest === undefined || job.createdAt < oldest.createdAt) oldest = job;
    }
    if (oldest === undefined) return undefined;
    oldest.status = 'running';
    oldest.worker = worker;
    oldest.startedAt = at;
    return oldest;
  }
}
