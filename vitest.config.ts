import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests start gateways, simulators and processes inside the test itself; on a busy
    // two-core machine that alone can take seconds. Timing is measured in bench/, never here.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
