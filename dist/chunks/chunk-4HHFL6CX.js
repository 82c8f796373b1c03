#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Persister,
  acquireLock,
  checkStreamName,
  createHome,
  describeBundleInto,
  loadOrSeed,
  loadSplitState,
  loadedCopyOf,
  materialise,
  newRunState,
  persistFailedPrefix,
  readAuth,
  readPersistUsageFacts,
  release,
  removeCodexHome,
  removeHomeRecord,
  reportPersisted,
  required,
  runPhases,
  sealNow,
  startFrom
} from "./chunk-UEEPTXA7.js";
import {
  UsageError,
  asCodexAuthError,
  isUsageError,
  prefixError
} from "./chunk-V4C5BGZE.js";

// src/roundtrip/restore-messages.ts
function restoredMessages(state, report) {
  const home = required(state.home, "the home");
  const generation = required(state.loaded, "the loaded copy").generation;
  return [
    `restored stream "${state.ctx.stream}" (generation ${generation}) to ${home.dir}; the lock is held until \`codex-auth persist --codex-home ${home.dir}\`.`,
    report.profile === null ? `config.toml there runs Codex unsandboxed (${report.reason ?? "opted in"}): the agent can read this login.` : `config.toml there applies the permission profile "${report.profile}" (${report.mode}), which keeps the agent's commands from this login${report.sealed ? ` (probe passed in ${report.probeMs} ms)` : " (not probed: no codex given)"}. Run \`codex exec\` WITHOUT --sandbox/-s/--full-auto: any of them switches the profile off and lets the agent read auth.json.`
  ];
}
async function resumeLease(ctx, lockId) {
  try {
    return await ctx.lock.resume(lockId);
  } catch (error) {
    ctx.log.warn(
      `${asCodexAuthError(error).message} Persisting anyway: the write only succeeds if nobody wrote since.`
    );
    return null;
  }
}

// src/roundtrip/restore-persist.ts
var RESTORE_PHASES = [
  checkStreamName,
  (state, request) => acquireLock(state, {
    timeoutMs: request.lockTimeoutMs,
    mode: "lease",
    leaseMs: request.leaseMs,
    signal: request.signal
  }),
  (state, request) => loadOrSeed(state, request.seed),
  createHome,
  materialise,
  (state, request) => sealNow(state, request, {
    codexPath: request.codexPath ?? "codex",
    codexArgs: [],
    storePaths: state.ctx.store.privatePaths ?? [],
    probe: request.codexPath !== void 0
  }),
  async (state) => {
    const loaded = required(state.loaded, "the loaded copy");
    describeBundleInto(state.result, loaded.bundle, state.ctx.now());
    const seal = required(state.sealed, "the seal").report;
    state.result.protection = seal.sealed || seal.reason === null && seal.profile !== null ? "deny-read" : "none";
    for (const line of restoredMessages(state, required(state.sealed, "the seal").report))
      state.ctx.log.info(line);
  }
];
async function restoreStream(ctx, request) {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(
    state,
    request,
    RESTORE_PHASES,
    (done) => done.result.error ? release(done, "keep") : Promise.resolve()
  );
}
var PERSIST_PHASES = [
  async (state, codexHome) => {
    const { ctx } = state;
    const saved = await loadSplitState(codexHome);
    if (saved.stream !== ctx.stream || saved.store !== ctx.store.kind) {
      throw new UsageError(
        `${codexHome} was restored from stream "${saved.stream}" (store ${saved.store}), not "${ctx.stream}" (store ${ctx.store.kind}): pass the same --stream and --store to persist as to restore.`
      );
    }
    const home = { dir: codexHome, created: false, sealRoot: codexHome };
    state.home = home;
    state.splitState = saved;
    startFrom(state.result, loadedCopyOf(saved));
    if (saved.lockId) state.lock = await resumeLease(ctx, saved.lockId);
  },
  async (state, codexHome) => {
    const { ctx, result } = state;
    const saved = required(state.splitState, "the split state");
    const persister = new Persister(ctx, saved);
    const raw = await readAuth(codexHome);
    if (raw === null) {
      ctx.log.warn(`${codexHome}/auth.json is gone; nothing to persist (Codex may have logged out).`);
    } else {
      await persister.persist(raw, `${codexHome}/auth.json`);
    }
    await persister.settle();
    reportPersisted(result, persister, saved, { seedWrittenHere: false, now: ctx.now() });
    Object.assign(result, await readPersistUsageFacts(codexHome, Date.parse(saved.restoredAt)));
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
  }
];
async function persistStream(ctx, codexHome) {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, codexHome, PERSIST_PHASES, (done) => release(done, "keep"));
}

// src/app/persist.ts
async function persist(request, ctx) {
  const result = await persistStream(ctx, request.codexHome);
  if (request.removeJobHome && !isUsageError(result.error)) await removeJobHome(request.codexHome);
  return result;
}
async function removeJobHome(codexHome) {
  await removeCodexHome(codexHome);
  await removeHomeRecord(codexHome);
}

export {
  restoreStream,
  persist,
  removeJobHome
};
