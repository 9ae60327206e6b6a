/** The accounts the simulator knows. Demo users carry fixed tokens so they can be pasted across restarts. */

export interface GrandChallengeDemoUser {
  readonly username: string;
  /** knox token: 64 hex characters, sent as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** What the seed lets this account do; see the simulator's README in the report. */
  readonly role: string;
}

export interface UserRecord {
  /** Django user id; it names the account's upload keys (`uploads/<id>/<pk>`). */
  readonly id: number;
  readonly username: string;
  /** null for seeded accounts nobody can log in as (other readers, challenge participants). */
  readonly token: string | null;
  readonly role: string;
  /** Verified users get the larger upload quota. */
  readonly verified: boolean;
  /** Algorithm credits per 30 days; each job started costs one. */
  readonly monthlyCredits: number;
}

const USERS: readonly UserRecord[] = [
  {
    id: 1042,
    username: 'reader1',
    token: '2a01d57ce6fe94bf3350da97e70888160f4cecfce0fbdb32b93d325a111dcab6',
    role: 'reader',
    verified: false,
    monthlyCredits: 0,
  },
  {
    id: 2113,
    username: 'researcher',
    token: 'e1f4ff7b0cbbf7881ab01f4a5d9f6207f76331658a84a2f4b5886043c91b4f28',
    role: 'researcher',
    verified: true,
    monthlyCredits: 1000,
  },
  {
    id: 877,
    username: 'editor',
    token: '2f883fcf8ab5696198ee05587e4b829e22d133543f0acc28181e9c4f6d007e88',
    role: 'editor',
    verified: true,
    monthlyCredits: 100,
  },
  { id: 1043, username: 'reader2', token: null, role: 'reader', verified: false, monthlyCredits: 0 },
  { id: 1107, username: 'reader3', token: null, role: 'reader', verified: false, monthlyCredits: 0 },
];

export const GRAND_CHALLENGE_DEMO_USERS: ReadonlyArray<GrandChallengeDemoUser> = USERS.flatMap((user) =>
  user.token === null ? [] : [{ username: user.username, token: user.token, role: user.role }],
);

const byToken = new Map(USERS.flatMap((user) => (user.token === null ? [] : [[user.token, user] as const])));
const byName = new Map(USERS.map((user) => [user.username, user]));

export function userForToken(token: string): UserRecord | undefined {
  return byToken.get(token);
}

export function userNamed(username: string): UserRecord | undefined {
  return byName.get(username);
}
