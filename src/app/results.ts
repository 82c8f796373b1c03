// What the use cases hand back to a front end, and the words for it that both front ends print: reached through
// app/ so that a front end imports only app/ and core/ (DESIGN.md, "Layers").

export type { CodexEvent } from '../codex/codex-runner.js';
export { outputLines, progressLines } from '../codex/codex-progress.js';
export { describeNextRefresh } from '../roundtrip/describe.js';
export type { LanesResult } from '../roundtrip/lanes.js';
export type { RoundTripResult } from '../roundtrip/result.js';
