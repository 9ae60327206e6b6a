import { CROWD } from './crowd.js';
import { stepJob, WORKERS_PER_STEP } from './judging.js';
import { cancel, pause, placeOrder } from './lifecycle.js';
import type { JobRecord, JobSettings } from './model.js';
import {
  CATEGORY_CML,
  ENTITY_CML,
  IMAGE_CML,
  LOGO_CML,
  REVIEW_CML,
  SENTIMENT_CML,
  SPAM_CML,
  goldReviewRow,
  headlineRow,
  imageRow,
  postRow,
  productRow,
  reviewRow,
  storefrontRow,
  tweetRow,
  type RowMaker,
} from './seedData.js';
import type { CrowdFlowerStore } from './store.js';
import { DAY, HOUR, MINUTE, type Millis } from './time.js';
import { userNamed, type UserRecord } from './users.js';

/**
 * The starting world (deterministic for a given start time and scale). acme owns six realistic
 * jobs, one per state, plus ten small pilots and a blank job; lowfunds owns a job it cannot
 * afford to launch and one it can. Judgments are produced by the same crowd steps `tick` runs.
 */

type Outcome = 'unordered' | 'running' | 'paused' | 'finished' | 'canceled';

interface JobPlan {
  readonly owner: string;
  readonly settings: Partial<JobSettings>;
  readonly rows: RowMaker;
  readonly units: number;
  readonly goldRows?: { readonly make: RowMaker; readonly count: number };
  readonly outcome: Outcome;
  /**
   * Share of the ordered judgments collected before the outcome is applied; finished jobs run to
   * completion. Never overshot, so a small scale leaves a running job running.
   */
  readonly progress?: number;
  readonly tags?: readonly string[];
  readonly ageDays: number;
}

const INSTRUCTIONS = {
  sentiment: '<h2>Overview</h2><p>Read the tweet and judge its sentiment toward the named product.</p>',
  image: '<p>Look at the image and decide how well it matches the search query.</p>',
  entity:
    '<p>Type the company named in the headline exactly as written, then say whether a person is named.</p>',
  review:
    '<p>Judge the overall sentiment of the restaurant review. Mixed means both praise and complaints.</p>',
  category: '<p>Choose the category a shopper would look in for this product.</p>',
  spam: '<p>Mark posts that advertise, scam or are unrelated to the forum as spam.</p>',
  logo: '<p>Say whether the store logo can be read in the photo.</p>',
};

function plans(unitsPerJob: number): JobPlan[] {
  const scaled = (share: number): number => Math.max(5, Math.round(unitsPerJob * share));
  const pilots: JobPlan[] = Array.from({ length: 10 }, (_, index) => {
    const sentiment = index % 2 === 0;
    return {
      owner: 'acme',
      settings: {
        title: sentiment ? `Pilot ${index + 1}: tweet sentiment` : `Pilot ${index + 1}: forum spam check`,
        instructions: sentiment ? INSTRUCTIONS.sentiment : INSTRUCTIONS.spam,
        cml: sentiment ? SENTIMENT_CML : SPAM_CML,
      },
      rows: sentiment ? tweetRow : postRow,
      units: 6 + (index % 4) * 3,
      outcome: index % 3 === 0 ? 'unordered' : 'finished',
      tags: ['pilot'],
      ageDays: 90 - index * 5,
    };
  });
  return [
    ...pilots,
    { owner: 'acme', settings: {}, rows: tweetRow, units: 0, outcome: 'unordered', ageDays: 35 },
    {
      owner: 'acme',
      settings: {
        title: 'Forum spam detection (spring batch)',
        instructions: INSTRUCTIONS.spam,
        cml: SPAM_CML,
      },
      rows: postRow,
      units: scaled(0.4),
      outcome: 'canceled',
      progress: 0.2,
      tags: ['moderation'],
      ageDays: 30,
    },
    {
      owner: 'acme',
      settings: {
        title: 'Image relevance for search queries',
        instructions: INSTRUCTIONS.image,
        cml: IMAGE_CML,
        payment_cents: 6,
      },
      rows: imageRow,
      units: scaled(0.6),
      outcome: 'finished',
      tags: ['search', 'images'],
      ageDays: 21,
    },
    {
      owner: 'acme',
      settings: {
        title: 'Company and person extraction from news headlines',
        instructions: INSTRUCTIONS.entity,
        cml: ENTITY_CML,
        payment_cents: 12,
      },
      rows: headlineRow,
      units: scaled(0.6),
      outcome: 'paused',
      progress: 0.5,
      tags: ['ner'],
      ageDays: 12,
    },
    {
      owner: 'acme',
      settings: {
        title: 'Restaurant review sentiment with test questions',
        instructions: INSTRUCTIONS.review,
        cml: REVIEW_CML,
        gold_per_assignment: 1,
      },
      rows: reviewRow,
      units: scaled(0.5),
      goldRows: { make: goldReviewRow, count: Math.max(5, Math.round(unitsPerJob * 0.04)) },
      outcome: 'running',
      progress: 0.3,
      tags: ['sentiment', 'gold'],
      ageDays: 6,
    },
    {
      owner: 'acme',
      settings: {
        title: 'Product title categorization',
        instructions: INSTRUCTIONS.category,
        cml: CATEGORY_CML,
        judgments_per_unit: 5,
      },
      rows: productRow,
      units: scaled(1),
      outcome: 'unordered',
      tags: ['catalog'],
      ageDays: 3,
    },
    {
      owner: 'acme',
      settings: {
        title: 'Tweet sentiment about the Nimbus launch',
        instructions: INSTRUCTIONS.sentiment,
        cml: SENTIMENT_CML,
        options: { front_load: false, after_gold: 4, req_ttl_in_seconds: 1800, mail_to: null },
      },
      rows: tweetRow,
      units: scaled(1),
      outcome: 'running',
      progress: 0.4,
      tags: ['sentiment', 'launch'],
      ageDays: 1,
    },
    {
      owner: 'lowfunds',
      settings: {
        title: 'Storefront photo quality check (pilot)',
        instructions: INSTRUCTIONS.logo,
        cml: LOGO_CML,
        payment_cents: 5,
      },
      rows: storefrontRow,
      units: 10,
      outcome: 'unordered',
      ageDays: 8,
    },
    {
      owner: 'lowfunds',
      settings: {
        title: 'Logo detection in storefront photos',
        instructions: INSTRUCTIONS.logo,
        cml: LOGO_CML,
        judgments_per_unit: 5,
        payment_cents: 10,
      },
      rows: storefrontRow,
      units: 100,
      outcome: 'unordered',
      ageDays: 2,
    },
  ];
}

const STEP_GAP: Millis = 90 * 1000;
/** Safety stop for jobs run to completion; far above what the seed needs. */
const MAX_SEED_STEPS = 5000;

/** Steps until `target` counted judgments without passing it; returns the last step's time. */
function runSteps(store: CrowdFlowerStore, job: JobRecord, target: number, from: Millis): Millis {
  const perStep = WORKERS_PER_STEP * (job.settings.units_per_assignment + job.settings.gold_per_assignment);
  let at = from;
  let counted = 0;
  for (
    let step = 0;
    step < MAX_SEED_STEPS && job.state === 'running' && counted + perStep <= target;
    step += 1
  ) {
    at += STEP_GAP;
    stepJob(store, job, at);
    counted = store.unitsOf(job).reduce((sum, unit) => sum + unit.counted, 0);
  }
  return at;
}

function seedJob(
  store: CrowdFlowerStore,
  plan: JobPlan,
  owner: UserRecord,
  start: Millis,
  serial: number,
): void {
  const createdAt = start - plan.ageDays * DAY + serial * MINUTE;
  const job = store.createJob(owner, createdAt, plan.settings);
  job.tags = [...(plan.tags ?? [])];
  for (let index = 0; index < plan.units; index += 1) {
    const row = plan.rows(job.id * 1000 + index);
    store.addUnit(job, { data: row.data, truth: row.truth, at: createdAt + MINUTE });
  }
  if (plan.goldRows !== undefined) {
    for (let index = 0; index < plan.goldRows.count; index += 1)
      store.addUnit(job, { data: plan.goldRows.make(index).data, golden: true, at: createdAt + MINUTE });
    job.gold = { sentiment: 'sentiment_gold' };
  }
  if (plan.outcome === 'unordered') return;
  const orderedAt = createdAt + HOUR;
  placeOrder(store, owner, job, { unitsCount: plan.units, channels: ['on_demand'] }, orderedAt);
  const target =
    plan.outcome === 'finished'
      ? Number.POSITIVE_INFINITY
      : Math.floor((plan.progress ?? 0) * plan.units * job.settings.judgments_per_unit);
  // running jobs' judgments end just before the present; the others' just after their order
  const expectedSteps = Number.isFinite(target) ? Math.ceil(target / 15) : 0;
  const from =
    plan.outcome === 'running' ? Math.max(orderedAt, start - (expectedSteps + 1) * STEP_GAP) : orderedAt;
  const last = runSteps(store, job, target, from);
  if (plan.outcome === 'paused') pause(job, last + MINUTE);
  if (plan.outcome === 'canceled') cancel(store, job, last + MINUTE);
}

export function seed(store: CrowdFlowerStore, start: Millis, unitsPerJob: number): void {
  plans(unitsPerJob).forEach((plan, serial) => seedJob(store, plan, userNamed(plan.owner), start, serial));
  // one contributor was caught speeding on the launch job, another earned a bonus on the image job
  const jobs = [...store.jobs.values()];
  const launch = jobs.find((job) => job.settings.title === 'Tweet sentiment about the Nimbus launch');
  const speeder = CROWD[5];
  if (launch !== undefined && speeder !== undefined)
    launch.flagged.set(speeder.id, { reason: 'Answered faster than humanly possible', at: start - HOUR });
  const images = jobs.find((job) => job.settings.title === 'Image relevance for search queries');
  const diligent = CROWD[2];
  if (images !== undefined && diligent !== undefined) {
    store.bonuses.push({
      jobId: images.id,
      workerId: diligent.id,
      amountCents: 150,
      reason: 'Thanks for the careful work',
      at: images.updatedAt,
    });
    store.adjustFunds(images.ownerId, -150);
  }
}
