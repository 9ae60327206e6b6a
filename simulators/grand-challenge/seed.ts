import { seedArchives } from './seedCases.js';
import { seedChallenges } from './seedChallenges.js';
import { seedJobs } from './seedJobs.js';
import { seedReaderStudy } from './seedReaderStudy.js';
import { GcState } from './state.js';

/** A fresh, fully seeded platform; pixel data and files are only produced when downloaded. */
export function createSeededState(now: () => number, jobStepMs: number): GcState {
  const state = new GcState(now, jobStepMs);
  seedArchives(state);
  seedJobs(state);
  seedReaderStudy(state);
  seedChallenges(state);
  return state;
}
