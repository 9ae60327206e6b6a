import type DataLoader from 'dataloader';
import { perKeyLoader } from '../core/index.js';
import type { CrowdCentApi } from './api.js';
import type {
  CrowdCentChallengeModel,
  CrowdCentInferencePeriodModel,
  CrowdCentSubmissionModel,
  CrowdCentTrainingDatasetModel,
} from './models.js';

export interface SubmissionsKey {
  slug: string;
  /** `current`, `YYYY-MM-DD`, or undefined for all periods. */
  period?: string | undefined;
}

export interface CrowdCentLoaders {
  challenge: DataLoader<string, CrowdCentChallengeModel | null, string>;
  trainingDatasets: DataLoader<string, CrowdCentTrainingDatasetModel[], string>;
  inferencePeriods: DataLoader<string, CrowdCentInferencePeriodModel[], string>;
  currentInferencePeriod: DataLoader<string, CrowdCentInferencePeriodModel | null, string>;
  submissions: DataLoader<SubmissionsKey, CrowdCentSubmissionModel[], string>;
  submission: DataLoader<{ slug: string; id: number }, CrowdCentSubmissionModel | null, string>;
}

/**
 * Per-request loaders. CrowdCent has no bulk endpoints, so batching here means: one call per
 * distinct list, and single objects (a period by date, a dataset by version) are read from the list
 * that serves every sibling in the query rather than fetched one by one.
 */
export function createCrowdCentLoaders(api: CrowdCentApi): CrowdCentLoaders {
  const challenge = perKeyLoader((slug: string) => api.getChallenge(slug));
  return {
    challenge,
    trainingDatasets: perKeyLoader((slug: string) => api.listTrainingDatasets(slug)),
    inferencePeriods: perKeyLoader((slug: string) => api.listInferencePeriods(slug)),
    currentInferencePeriod: perKeyLoader((slug: string) => api.getInferencePeriod(slug, 'current')),
    submissions: perKeyLoader(
      (key: SubmissionsKey) => api.listSubmissions(key.slug, key.period),
      (key) => `${key.slug}|${key.period ?? ''}`,
    ),
    submission: perKeyLoader(
      (key: { slug: string; id: number }) => api.getSubmission(key.slug, key.id),
      (key) => `${key.slug}|${key.id}`,
    ),
  };
}

/** Lets a list answer later look-ups of its members in the same request. */
export function primeChallenges(
  loaders: CrowdCentLoaders,
  challenges: readonly CrowdCentChallengeModel[],
): void {
  for (const model of challenges) loaders.challenge.prime(model.slug, model);
}
