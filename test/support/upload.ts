import { FormData, request } from 'undici';
import { graphqlResponseOf, type GraphQLResponse } from './stack.js';

/** A GraphQL multipart request (the upload spec) with one file at `variables.input.file`. */
export async function uploadMutation(options: {
  url: string;
  query: string;
  input: Record<string, unknown>;
  file: { bytes: Uint8Array; filename: string };
  headers?: Record<string, string>;
}): Promise<GraphQLResponse> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: options.query, variables: { input: { ...options.input, file: null } } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append(
    '0',
    new Blob([options.file.bytes], { type: 'application/octet-stream' }),
    options.file.filename,
  );
  const response = await request(`${options.url}/graphql`, {
    method: 'POST',
    body: form,
    headers: { 'apollo-require-preflight': 'true', ...options.headers },
  });
  return graphqlResponseOf(response);
}
