import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (package "main"); Vite would pick the ES build
    // ("module"). graphql-jit is CommonJS and requires the CommonJS build, so under Vite the schema's
    // types came from one copy and graphql-jit's checks from the other ("from another module or
    // realm"). The tests load the one production loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // End-to-end tests start gateways, simulators and processes inside the test itself; on a busy
    // two-core machine that alone can take seconds. Timing is measured in bench/, never here.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
