import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

/**
 * graphql-js, as the schema's own copy. @graphql-tools builds the schema through graphql's
 * CommonJS entry (what Node resolves for `graphql`), as graphql-ws and graphql-sse load it; under
 * Vite (the tests) an `import … from 'graphql'` in this file would resolve its ESM entry — a second
 * copy whose instanceof checks reject that schema and those errors. `require` gives the one copy.
 */
const require = createRequire(import.meta.url);
export const graphql = require('graphql') as typeof GraphQL;
