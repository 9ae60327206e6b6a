import { describe, expect, it } from 'vitest';
import { pkOf } from '../../datasources/grand-challenge/mappers.js';

/** What pkOf must always equal: the last path segment as WHATWG URL parsing resolves it. */
function pkByUrlParsing(apiUrl: string): string | null {
  const match = /\/([^/]+)\/?$/.exec(new URL(apiUrl, 'https://x').pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

describe('Grand Challenge pk from an API URL', () => {
  it.each([
    'https://grand-challenge.org/api/v1/cases/images/0a1b2c3d-4e5f-6789-abcd-ef0123456789/',
    'http://127.0.0.1:3000/api/v1/archives/abc',
    'https://h/a/b/?limit=10',
    'https://h/a/b#fragment',
    'https://h:8080/A_b-c~d/',
    'https://h/a/b.c/',
    'https://h/a/.b/',
    'HTTPS://h/a/b/',
    'https://user@h/a/',
  ])('reads the plain link %s as URL parsing would', (url) => {
    expect(pkOf(url)).toBe(pkByUrlParsing(url));
    expect(pkOf(url)).not.toBeNull();
  });

  it.each([
    'https://h/a/./b/',
    'https://h/a/../b/',
    'https://h/a/..',
    'https://h/a/.',
    'https://h/a/%41/',
    'https://h\\a\\b/',
    'https://h/a/b//',
    'https://h/',
    'https://h',
    '/relative/x/',
  ])('resolves dot segments, escapes and odd forms of %s as URL parsing does', (url) => {
    expect(pkOf(url)).toBe(pkByUrlParsing(url));
  });

  it('has no pk without a link', () => {
    expect(pkOf(null)).toBeNull();
    expect(pkOf('')).toBeNull();
  });
});
