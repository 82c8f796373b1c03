// What a front end needs from the floors below app/ besides the use cases: finding the codex it names, showing what
// Codex does, and the types of the results it prints. Re-exported here so that the front ends import only app/ and
// core/ (test/unit/house/layers.test.ts), and a type or helper they print moves without touching them.

export type { CodexEvent } from '../codex/codex-runner.js';
export { outputLines, progressLines } from '../codex/codex-progress.js';
export { resolveCodex } from '../codex/resolve-codex.js';
export type { SeedSource } from '../roundtrip/context.js';
export { describeNextRefresh } from '../roundtrip/describe.js';
export type { LanesResult } from '../roundtrip/lanes.js';
export type { RoundTripResult } from '../roundtrip/result.js';
