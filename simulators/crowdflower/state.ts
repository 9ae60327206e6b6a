import { hasRunningJobs, stepAll } from './judging.js';
import { ReportBuilds } from './reports.js';
import { CrowdFlowerStore } from './store.js';
import type { Millis } from './time.js';

/** The store plus the two clocks that move it: the platform clock and the crowd's pace. */
export class CrowdFlowerState {
  readonly store = new CrowdFlowerStore();
  readonly reports = new ReportBuilds();
  readonly #clock: () => Date;
  readonly #intervalMs: number;
  /** Platform time up to which crowd steps have been applied. */
  #anchor: Millis;

  constructor(clock: () => Date, judgingIntervalMs: number) {
    this.#clock = clock;
    this.#intervalMs = judgingIntervalMs;
    this.#anchor = this.now();
  }

  now(): Millis {
    return this.#clock().getTime();
  }

  /** `tick(n)`: n crowd steps right now, whatever the clock says. */
  tick(steps: number): number {
    let created = 0;
    const at = this.now();
    for (let step = 0; step < steps; step += 1) created += stepAll(this.store, at);
    return created;
  }

  /**
   * Applies the steps that fell due since the last request, each at its own platform time, so a
   * long-running simulator shows progress without anyone calling `tick`. Lazy, because a timer
   * would keep the process alive and make tests depend on wall time.
   */
  catchUp(): number {
    if (!(this.#intervalMs > 0)) return 0;
    const due = Math.floor((this.now() - this.#anchor) / this.#intervalMs);
    if (due <= 0) return 0;
    let created = 0;
    for (let step = 1; step <= due && hasRunningJobs(this.store); step += 1)
      created += stepAll(this.store, this.#anchor + step * this.#intervalMs);
    this.#anchor += due * this.#intervalMs;
    return created;
  }
}
