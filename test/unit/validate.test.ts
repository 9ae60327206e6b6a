import { describe, expect, it } from 'vitest';
import { objectsByNumericId } from '../../datasources/core/index.js';

describe("CrowdFlower's units page check (objects keyed by numeric ids)", () => {
  it('passes a page through as the same object, without copying it', () => {
    const page = { '2417621670': { text: 'a' }, '2417621671': { text: 'b', nested: { x: 1 } } };
    const parsed = objectsByNumericId.safeParse(page);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(page);
  });

  it('accepts the empty page that ends the listing', () => {
    expect(objectsByNumericId.safeParse({}).success).toBe(true);
  });

  it.each([
    ['a list', [{ text: 'a' }]],
    ['null', null],
    ['a key that is not a number', { abc: { text: 'a' } }],
    ['an empty key', { '': { text: 'a' } }],
    ['a signed key', { '-1': { text: 'a' } }],
    ['a value that is not an object', { '1': 'text' }],
    ['a value that is a list', { '1': [1, 2] }],
    ['a null value', { '1': null }],
  ])('rejects %s', (_what, value) => {
    expect(objectsByNumericId.safeParse(value).success).toBe(false);
  });
});
