import { expect } from 'vitest';

/**
 * The one 429 answer of the per-client rate limit, for HTTP requests and WebSocket upgrades alike:
 * headers and body, checked against the Retry-After the answer itself gives.
 */
export function expectRateLimited(
  answer: { headers: Record<string, string | string[] | undefined>; body: unknown },
  limit: number,
): void {
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(answer.headers['x-ratelimit-limit']).toBe(String(limit));
  expect(answer.headers['x-ratelimit-remaining']).toBe('0');
  expect(answer.headers['x-ratelimit-reset']).toBe(String(retryAfter));
  expect(answer.body).toEqual({
    errors: [
      {
        message: `Rate limit exceeded: ${limit} requests a minute. Retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ],
  });
}
