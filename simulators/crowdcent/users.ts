/** Tier gates the real-time meta model: Challenger (100+ CC Points) and above get it. */
export type CrowdCentTier = 'challenger' | 'basic';

export interface CrowdCentDemoUser {
  readonly username: string;
  /** djangorestframework-api-key format: `<8 alphanumerics>.<32 chars>`. */
  readonly apiKey: string;
  readonly tier: CrowdCentTier;
}

interface UserRecord extends CrowdCentDemoUser {
  readonly allowTrading: boolean;
  readonly omsAccess: boolean;
}

/** Fixed keys, so a developer can paste them into a notebook across restarts. */
const USERS: readonly UserRecord[] = [
  {
    username: 'alice',
    apiKey: 'cCQNDTtd.N4Q4zD9ZB7QyCVCFpbW0pBTnJS04FXTv',
    tier: 'challenger',
    allowTrading: true,
    omsAccess: false,
  },
  {
    username: 'bob',
    apiKey: 'oIwtb4R3.Apn0hCDIbCae7xxE44outn6AlyDl9Je0',
    tier: 'basic',
    allowTrading: false,
    omsAccess: false,
  },
  {
    username: 'carol',
    apiKey: 'qfZlZVsd.xcLouMAFLdwLBQvZQHLIuCSwm5AzLVGp',
    tier: 'basic',
    allowTrading: false,
    omsAccess: false,
  },
];

export const CROWDCENT_DEMO_USERS: ReadonlyArray<CrowdCentDemoUser> = USERS.map(
  ({ username, apiKey, tier }) => ({
    username,
    apiKey,
    tier,
  }),
);

const byKey = new Map(USERS.map((user) => [user.apiKey, user]));

/** The user a key belongs to; undefined for unknown keys. */
export function userForKey(apiKey: string): UserRecord | undefined {
  return byKey.get(apiKey);
}

export type { UserRecord };
