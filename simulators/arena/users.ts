/**
 * Accounts. `backend`/`foobar` is the official client's default login (reference §0); admins are
 * Django staff and act as workers, everyone else is a student.
 */
export interface ArenaDemoUser {
  readonly username: string;
  readonly password: string;
  readonly admin: boolean;
}

export const ARENA_DEMO_USERS: ReadonlyArray<ArenaDemoUser> = [
  { username: 'backend', password: 'foobar', admin: true },
  { username: 'backend2', password: 'foobar2', admin: true },
  { username: 'alice', password: 'alice-pw', admin: false },
  { username: 'bob', password: 'bob-pw', admin: false },
  { username: 'carol', password: 'carol-pw', admin: false },
  { username: 'dave', password: 'dave-pw', admin: false },
];

const byName = new Map(ARENA_DEMO_USERS.map((user) => [user.username, user]));

export function userNamed(username: string): ArenaDemoUser | undefined {
  return byName.get(username);
}

/** Django's `authenticate`: case-sensitive username, exact password. */
export function authenticate(username: string, password: string): ArenaDemoUser | undefined {
  const user = byName.get(username);
  return user !== undefined && user.password === password ? user : undefined;
}
