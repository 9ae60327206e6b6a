import { randomInt } from 'node:crypto';

/**
 * Django's CSRF tokens (django/middleware/csrf.py, 4.1+): the cookie holds a 32-character secret;
 * forms and the `X-CSRFToken` header may carry the secret itself or a 64-character masked
 * form of it (mask + cipher), so every rendered page shows a different token for one secret.
 * Nothing is stored server-side: a well-formed cookie and a token that unmasks to it pass.
 */

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_LENGTH = 32;
const WELL_FORMED = /^[a-zA-Z0-9]+$/;

export function randomString(length: number, alphabet: string = CHARS): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)] ?? 'a').join('');
}

export const newSecret = (): string => randomString(SECRET_LENGTH);

/** Django's `_mask_cipher_secret`. */
export function maskSecret(secret: string): string {
  const mask = randomString(SECRET_LENGTH);
  const cipher = [...secret]
    .map((char, index) => CHARS[(CHARS.indexOf(char) + CHARS.indexOf(mask[index] ?? 'a')) % CHARS.length])
    .join('');
  return mask + cipher;
}

function unmask(token: string): string {
  const mask = token.slice(0, SECRET_LENGTH);
  return [...token.slice(SECRET_LENGTH)]
    .map((char, index) => CHARS.at((CHARS.indexOf(char) - CHARS.indexOf(mask[index] ?? 'a')) % CHARS.length))
    .join('');
}

/** The secret a cookie or token stands for, or undefined when it is malformed. */
export function secretOf(token: string | undefined): string | undefined {
  if (token === undefined || !WELL_FORMED.test(token)) return undefined;
  if (token.length === SECRET_LENGTH) return token;
  if (token.length === 2 * SECRET_LENGTH) return unmask(token);
  return undefined;
}

export interface CsrfInput {
  readonly cookie: string | undefined;
  /** `csrfmiddlewaretoken` from the form body. */
  readonly field: string | undefined;
  /** `X-CSRFToken`. */
  readonly header: string | undefined;
}

/**
 * Why the request fails the check, in Django's words, or undefined when it passes. As in Django,
 * a non-empty form field is used in preference to the header.
 */
export function csrfFailure({ cookie, field, header }: CsrfInput): string | undefined {
  const secret = secretOf(cookie);
  if (secret === undefined) return 'CSRF cookie not set.';
  const fromField = field !== undefined && field !== '';
  const token = fromField ? field : header;
  if (token === undefined || token === '') return 'CSRF token missing.';
  const source = fromField ? 'POST' : "the 'X-Csrftoken' HTTP header";
  if (token.length !== SECRET_LENGTH && token.length !== 2 * SECRET_LENGTH)
    return `CSRF token from ${source} has incorrect length.`;
  const candidate = secretOf(token);
  if (candidate === undefined) return `CSRF token from ${source} has invalid characters.`;
  return candidate === secret ? undefined : `CSRF token from ${source} incorrect.`;
}
