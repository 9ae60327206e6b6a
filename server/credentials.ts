/** Credential headers a caller may send, one per platform (DESIGN §5). */
export const CREDENTIAL_HEADERS = [
  'x-crowdcent-api-key',
  'x-grand-challenge-token',
  'x-crowdflower-key',
  'x-crowdai-key',
  'x-arena-username',
  'x-arena-password',
] as const;
