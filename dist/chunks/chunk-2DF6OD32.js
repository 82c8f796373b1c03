#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROCESS_LEASE_MS,
  acquireLock,
  awaitSeal,
  checkStreamName,
  codexFailedMessage,
  createRunHome,
  describeBundleInto,
  execCodex,
  loadOrSeed,
  materialise,
  newRunState,
  noEventsMessage,
  persistFailedPrefix,
  release,
  reportPersisted,
  required,
  reseedMessage,
  runPhases,
  runTimeoutMessage,
  startSealing,
  usageLimitMessage,
  watchAndPersist
} from "./chunk-DTVIHK4G.js";
import {
  readAuth
} from "./chunk-S6DDDNO7.js";
import {
  loadSodium
} from "./chunk-27RNYUPI.js";
import {
  AuthUnusableError,
  CodexFailedError,
  RunTimeoutError,
  UsageLimitError,
  prefixError
} from "./chunk-V4C5BGZE.js";

// src/roundtrip/phases/persist.ts
async function persistFinal(state) {
  const run = required(state.codexRun, "Codex's exit");
  const home = required(state.home, "the home");
  const loaded = required(state.loaded, "the loaded copy");
  const persister = required(state.persister, "the Persister");
  const finalRaw = await readAuth(home.dir);
  if (!run.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, "the auth.json Codex left");
  await persister.settle();
  state.result.refreshFailure = run.refreshFailure;
  describeBundleInto(state.result, loaded.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded, { seedWrittenHere: true, now: state.ctx.now() });
}

// src/roundtrip/phases/verdict.ts
async function judgeRun(state, request) {
  const run = required(state.codexRun, "Codex's exit");
  const persister = required(state.persister, "the Persister");
  const { stream, log } = state.ctx;
  const generation = persister.currentGeneration;
  if (persister.error) throw prefixError(persister.error, persistFailedPrefix(stream));
  if (run.timedOut) {
    const kept = state.result.refreshed ? `The login it refreshed was persisted (generation ${generation}) and the lock of stream "${stream}" released.` : `The stored login was left as it was and the lock of stream "${stream}" released.`;
    throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
  }
  if (run.refreshFailure && run.exitCode !== 0) {
    throw new AuthUnusableError(reseedMessage(stream, run, generation));
  }
  if (run.refreshFailure) log.warn(`${reseedMessage(stream, run, generation)} (This run still succeeded.)`);
  if (state.usage?.usageLimited)
    throw new UsageLimitError(usageLimitMessage(`stream "${stream}"`, state.usage));
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  if (run.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
}
async function judgeTokenRun(state, request) {
  const run = required(state.codexRun, "Codex's exit");
  if (run.timedOut) {
    throw new RunTimeoutError(
      runTimeoutMessage(request.runTimeoutMs ?? 0, "Nothing is stored in this mode.")
    );
  }
  if (state.usage?.usageLimited) {
    throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, state.usage));
  }
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
}

// src/roundtrip/run-round-trip.ts
var RUN_PHASES = [
  checkStreamName,
  createRunHome,
  (state, request) => startSealing(state, { ...request, storePaths: state.ctx.store.privatePaths ?? [] }),
  (state, request) => acquireLock(state, {
    timeoutMs: request.lockTimeoutMs,
    mode: "process",
    leaseMs: PROCESS_LEASE_MS,
    signal: request.signal
  }),
  (state, request) => loadOrSeed(state, request.seed),
  materialise,
  awaitSeal,
  watchAndPersist,
  execCodex,
  persistFinal,
  judgeRun
];
async function runRoundTrip(ctx, request) {
  void loadSodium().catch(() => void 0);
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, "remove-if-created"));
}

export {
  judgeTokenRun,
  runRoundTrip
};
