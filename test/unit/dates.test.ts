import { describe, expect, it } from 'vitest';
import { isDateText, isoUtc } from '../../datasources/core/dates.js';

/** What isoUtc must always equal, or throw as. */
function byDate(value: string): string {
  return new Date(value).toISOString();
}

describe('upstream timestamps as ISO 8601 UTC', () => {
  it.each([
    '2025-06-09T14:01:01.161998Z',
    '2025-06-09T14:01:01.9999Z',
    '2025-06-09T14:01:01.5Z',
    '2025-06-09T14:01:01Z',
    '2026-12-07T14:33:04+00:00',
    '2026-12-07T14:33:04-00:00',
    '2026-12-07T14:33:04+0000',
    '0001-01-01T00:00:00Z',
    '9999-12-28T23:59:59.999Z',
    // forms the rewrite leaves to Date: offsets, month ends, leap days, rollovers, spaces
    '2026-12-07T14:33:04+02:00',
    '2026-02-29T00:00:00Z',
    '2024-02-29T12:00:00Z',
    '2026-01-31T23:59:59Z',
    '2026-02-30T00:00:00Z',
    '2026-12-07T24:00:00Z',
    '2026-12-07 14:33:04Z',
    '2026-12-07',
  ])('reads %s as Date does', (value) => {
    expect(isoUtc(value)).toBe(byDate(value));
  });

  it('reads thousands of generated UTC timestamps as Date does', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let i = 0; i < 5_000; i += 1) {
      const fraction = ['', '.1', '.12', '.123', '.123456', `.${pad(next(1000), 3)}`][next(6)] ?? '';
      const zone = ['Z', '+00:00', '-00:00', '+0000', '+01:00'][next(5)] ?? 'Z';
      const value = `${pad(1970 + next(100), 4)}-${pad(1 + next(12))}-${pad(1 + next(31))}T${pad(next(25))}:${pad(next(60))}:${pad(next(60))}${fraction}${zone}`;
      let expected: string;
      try {
        expected = byDate(value);
      } catch {
        expect(() => isoUtc(value), value).toThrow(RangeError);
        expect(isDateText(value), value).toBe(!Number.isNaN(Date.parse(value)));
        continue;
      }
      expect(isoUtc(value), value).toBe(expected);
      expect(isDateText(value), value).toBe(true);
    }
  });

  it('throws for text that is no date, as Date does', () => {
    expect(() => isoUtc('yesterday')).toThrow(RangeError);
    expect(() => isoUtc('2026-12-07T23:59:60Z')).toThrow(RangeError);
    expect(isDateText('yesterday')).toBe(false);
    expect(isDateText('2026-12-07T23:59:60Z')).toBe(false);
  });
});
