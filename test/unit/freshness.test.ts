import { describe, expect, it } from 'vitest';
import { asksForFreshData } from '../../server/freshness.js';

describe('a request asking for the platforms’ current data', () => {
  it.each([
    [{ 'cache-control': 'no-cache' }],
    [{ 'cache-control': 'No-Cache' }],
    [{ 'cache-control': 'max-age=0' }],
    [{ 'cache-control': 'private, no-cache, no-store' }],
    [{ pragma: 'no-cache' }],
  ])('is recognised from %j', (headers) => {
    expect(asksForFreshData(headers)).toBe(true);
  });

  it.each([
    [{}],
    [{ 'cache-control': 'max-age=60' }],
    [{ 'cache-control': 'max-age=0123' }],
    [{ 'cache-control': 'no-store' }],
    [{ 'cache-control': 'no-cache-please' }],
    [{ pragma: 'public' }],
  ])('is not read into %j', (headers) => {
    expect(asksForFreshData(headers)).toBe(false);
  });
});
