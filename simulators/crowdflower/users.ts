/** Requester accounts. Funds are the starting balance; each simulator instance debits its own copy. */
export interface CrowdFlowerDemoUser {
  readonly name: string;
  /** 20 alphanumerics, the shape of a CrowdFlower account key. */
  readonly apiKey: string;
  readonly fundsCents: number;
}

/** Rejecting contributors is a Pro/Enterprise feature (reference §2). */
export type CrowdFlowerPlan = 'pro' | 'basic';

export interface UserRecord extends CrowdFlowerDemoUser {
  readonly id: number;
  readonly email: string;
  readonly plan: CrowdFlowerPlan;
}

/** Fixed keys, so a developer can paste them into a client across restarts. */
export const USERS: readonly UserRecord[] = [
  {
    id: 41873,
    name: 'acme',
    email: 'data-team@acme.example',
    apiKey: 'Jq3nZ8wXk2LmP4vR7tYb',
    fundsCents: 25_000_000,
    plan: 'pro',
  },
  {
    id: 52904,
    name: 'lowfunds',
    email: 'student@lowfunds.example',
    apiKey: 'dF6hT1sQ9eW3uB5nM8cA',
    fundsCents: 2_000,
    plan: 'basic',
  },
];

export const CROWDFLOWER_DEMO_USERS: ReadonlyArray<CrowdFlowerDemoUser> = USERS.map(
  ({ name, apiKey, fundsCents }) => ({ name, apiKey, fundsCents }),
);

const byKey = new Map(USERS.map((user) => [user.apiKey, user]));

export function userForKey(apiKey: string): UserRecord | undefined {
  return byKey.get(apiKey);
}

export function userNamed(name: string): UserRecord {
  const user = USERS.find((candidate) => candidate.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user;
}

/** `$20.00`, `$1,250.50`: how the 402 message prints money. */
export function dollars(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100).toLocaleString('en-US');
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}$${whole}.${fraction}`;
}
