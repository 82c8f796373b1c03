import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn the real Codex CLI and change process-wide state (env, cwd): forks isolate each file.
    pool: 'forks',
    setupFiles: ['test/support/leak-guard-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
