/** What the CrowdFlower data source hands to resolvers (codegen maps the GraphQL types onto these). */
export type JobStatus =
  'PENDING' | 'QUEUED' | 'RUNNING' | 'PAUSED' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'UNKNOWN';
export type UnitStatus = 'NEW' | 'JUDGABLE' | 'IN_PROGRESS' | 'FINALIZED' | 'GOLDEN' | 'CANCELED' | 'UNKNOWN';

interface CrowdFlowerObject {
  platform: 'CROWDFLOWER';
  nativeId: string;
}

export interface CrowdFlowerCountryModel {
  code: string;
  name: string | null;
}

export interface CrowdFlowerJobModel extends CrowdFlowerObject {
  __typename: 'CrowdFlowerJob';
  url: null;
  jobId: number;
  title: string | null;
  status: JobStatus;
  platformStatus: string;
  createdAt: string | null;
  updatedAt: string | null;
  completedAt: string | null;
  instructions: string | null;
  cml: string | null;
  js: string | null;
  css: string | null;
  judgmentsPerUnit: number | null;
  unitsPerAssignment: number | null;
  pagesPerAssignment: number | null;
  goldPerAssignment: number | null;
  maxJudgmentsPerUnit: number | null;
  maxJudgmentsPerContributor: number | null;
  minUnitConfidence: number | null;
  paymentCents: number | null;
  autoOrder: boolean | null;
  language: string | null;
  webhookUri: string | null;
  unitsCount: number | null;
  goldsCount: number | null;
  judgmentsCount: number | null;
  crowdCosts: number | null;
  completed: boolean;
  options: Record<string, unknown> | null;
  fields: Record<string, unknown> | null;
  confidenceFields: string[] | null;
  includedCountries: CrowdFlowerCountryModel[];
  excludedCountries: CrowdFlowerCountryModel[];
}

export interface CrowdFlowerJudgmentModel extends CrowdFlowerObject {
  __typename: 'CrowdFlowerJudgment';
  judgmentId: number;
  unitId: number;
  jobId: number;
  workerId: number;
  createdAt: string | null;
  startedAt: string | null;
  acknowledgedAt: string | null;
  answer: Record<string, unknown> | null;
  channel: string | null;
  golden: boolean | null;
  tainted: boolean | null;
  missed: boolean | null;
  rejected: boolean | null;
  country: string | null;
  region: string | null;
  city: string | null;
  trust: number | null;
  workerTrust: number | null;
  unitState: string | null;
  unitData: Record<string, unknown> | null;
}

/** A unit as listed (`units.json` gives only id and source data) or in full (unit GET). */
export interface CrowdFlowerUnitModel extends CrowdFlowerObject {
  __typename: 'CrowdFlowerUnit';
  unitId: number;
  jobId: number;
  data: Record<string, unknown> | null;
  /** Null when only listed: the resolvers load the full unit on demand. */
  detail: CrowdFlowerUnitDetail | null;
}

export interface CrowdFlowerUnitDetail {
  status: UnitStatus;
  platformStatus: string;
  createdAt: string | null;
  updatedAt: string | null;
  agreement: number | null;
  difficulty: number | null;
  judgmentsCount: number | null;
  missedCount: number | null;
  results: Record<string, unknown> | null;
  judgments: CrowdFlowerJudgmentModel[];
}

export interface CrowdFlowerWorkerModel extends CrowdFlowerObject {
  __typename: 'CrowdFlowerWorker';
  workerId: number;
  jobId: number;
  name: null;
}

export interface CrowdFlowerAggregateModel {
  unitId: number;
  jobId: number;
  agreement: number | null;
  state: string | null;
  updatedAt: string | null;
  judgmentIds: number[];
  fields: Record<string, unknown>;
}

export interface CrowdFlowerOrderModel {
  orderId: number;
  jobId: number;
  type: string | null;
  meta: unknown;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface CrowdFlowerProgressModel {
  goldenUnits: number | null;
  allUnits: number | null;
  orderedUnits: number | null;
  completedUnitsEstimate: number | null;
  neededJudgments: number | null;
  allJudgments: number | null;
  taintedJudgments: number | null;
  completedGoldEstimate: number | null;
  completedNonGoldEstimate: number | null;
  fractionComplete: number | null;
}

export type CrowdFlowerReportType = 'FULL' | 'AGGREGATED' | 'JSON' | 'GOLD_REPORT' | 'WORKSET' | 'SOURCE';

export interface CrowdFlowerReportModel {
  jobId: number;
  type: CrowdFlowerReportType;
  status: 'READY' | 'GENERATING';
  /** Upstream path of the report download, when ready. */
  downloadPath: string | null;
}

export type CrowdFlowerNodeModel =
  CrowdFlowerJobModel | CrowdFlowerUnitModel | CrowdFlowerJudgmentModel | CrowdFlowerWorkerModel;
