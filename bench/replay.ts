/**
 * The floor of a cold query on this machine: the upstream calls the gateway made for it, replayed
 * by a bare HTTP proxy (bench/bareProxy.ts) that does nothing else — no GraphQL, no cache, no
 * validation, no mapping, only the same requests in the same waves and a JSON.parse of each body.
 * Its own time (latency − measured upstream critical path) is what any Node gateway pays here for
 * those calls; the gateway's own time beyond it is the gateway's.
 */
import { request } from 'undici';
import { BENCH_CREDENTIALS, type PlatformKey } from './simulation.js';

/** One upstream request of a replay, ready to send. */
export interface ReplayCall {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** Calls in waves: each wave's calls are sent together once every call of the wave before it has answered. */
export type ReplayPlan = ReplayCall[][];

interface TimedCall {
  startedMs: number;
  finishedMs: number;
}

/**
 * Splits calls (in start order) into waves of calls that could not have waited for one another: a
 * call that started after a call of the current wave had finished begins the next wave (it may have
 * needed that answer, as a page of judgments needs the units page). Calls started together, before
 * any answer of their wave came back, are independent.
 */
export function wavesOf<T extends TimedCall>(calls: readonly T[]): T[][] {
  const waves: T[][] = [];
  let current: T[] = [];
  let firstFinish = Number.POSITIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.startedMs - b.startedMs)) {
    if (current.length > 0 && call.startedMs >= firstFinish) {
      waves.push(current);
      current = [];
      firstFinish = Number.POSITIVE_INFINITY;
    }
    current.push(call);
    firstFinish = Math.min(firstFinish, call.finishedMs);
  }
  if (current.length > 0) waves.push(current);
  return waves;
}

/** How the benchmark's server-side accounts authenticate on each platform (../shared/platforms/). */
export interface ReplayAuth {
  /** Arena's `Cookie` header of a logged-in session (bench/replay.ts `arenaSessionCookie`). */
  arenaCookie?: string;
}

interface LoggedCall extends TimedCall {
  platform: PlatformKey;
  method: string;
  path: string;
  query: string;
}

/** The replay of a timeline against the simulators at `urls`, with the benchmark's credentials put back. */
export function replayPlanOf(
  timeline: readonly LoggedCall[],
  urls: Readonly<Record<PlatformKey, string>>,
  auth: ReplayAuth,
): ReplayPlan {
  return wavesOf(timeline).map((wave) =>
    wave.map((call) => {
      const url = new URL(call.path, urls[call.platform]);
      url.search = call.query;
      return { method: call.method, ...credentialed(call.platform, url, auth) };
    }),
  );
}

function credentialed(
  platform: PlatformKey,
  url: URL,
  auth: ReplayAuth,
): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json' };
  switch (platform) {
    case 'crowdcent':
      headers.authorization = `Api-Key ${BENCH_CREDENTIALS.CROWDCENT_API_KEY}`;
      break;
    case 'grandChallenge':
      headers.authorization = `Bearer ${BENCH_CREDENTIALS.GRAND_CHALLENGE_TOKEN}`;
      break;
    case 'crowdai':
      headers.authorization = `Token token="${BENCH_CREDENTIALS.CROWDAI_API_KEY}"`;
      break;
    case 'crowdflower':
      // the simulator logged the key redacted; it is the only credential in a CrowdFlower URL
      if (url.searchParams.has('key')) url.searchParams.set('key', BENCH_CREDENTIALS.CROWDFLOWER_API_KEY);
      break;
    case 'arena':
      if (auth.arenaCookie === undefined) throw new Error('an Arena replay needs a session cookie');
      headers.cookie = auth.arenaCookie;
      break;
  }
  return { url: url.toString(), headers };
}

/** Django's login as the gateway does it (datasources/arena/session.ts): the form's CSRF cookie, then the POST. */
export async function arenaSessionCookie(baseUrl: string): Promise<string> {
  const login = new URL('/accounts/login/', baseUrl).toString();
  const form = await request(login, { headers: { accept: 'text/html' } });
  await form.body.dump();
  const csrf = cookieValue(form.headers['set-cookie'], 'csrftoken');
  if (csrf === undefined) throw new Error('the Arena login form set no CSRF cookie');
  const answer = await request(login, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `csrftoken=${csrf}`,
      'x-csrftoken': csrf,
      referer: new URL('/', baseUrl).toString(),
    },
    body: new URLSearchParams({
      username: BENCH_CREDENTIALS.ARENA_USERNAME,
      password: BENCH_CREDENTIALS.ARENA_PASSWORD,
      csrfmiddlewaretoken: csrf,
    }).toString(),
  });
  await answer.body.dump();
  const session = cookieValue(answer.headers['set-cookie'], 'sessionid');
  if (session === undefined)
    throw new Error(`the Arena login answered ${answer.statusCode} without a session`);
  return `sessionid=${session}; csrftoken=${cookieValue(answer.headers['set-cookie'], 'csrftoken') ?? csrf}`;
}

function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
  for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
    const [pair] = line.split(';');
    const at = pair?.indexOf('=') ?? -1;
    if (pair !== undefined && at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
