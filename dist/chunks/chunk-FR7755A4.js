#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  bwrapPath,
  chooseSandbox,
  fixUserNamespaces,
  namespaceFixSteps,
  probeSeal,
  sealConfig
} from "./chunk-ZWWUJUOW.js";
import {
  inspectBundle
} from "./chunk-G3CPVCKQ.js";
import {
  AUTH_FILE,
  createPrivateCodexHome,
  materialiseAuth,
  privateHomesBase,
  readAuth,
  recordOwner,
  removeAuth,
  removeCodexHome,
  sweepOrphanedHomes,
  writeCodexConfig
} from "./chunk-66ZDSCP4.js";
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
import {
  futureRefreshWarning,
  normalizeSeedText
} from "./chunk-PU5KTUZ5.js";
import {
  RESEED_HINT,
  assertStreamable,
  parseBundle,
  secretValues
} from "./chunk-TSTBO63M.js";
import {
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  openEnvelope,
  sealEnvelope
} from "./chunk-MGRXMJMR.js";
import {
  boolean,
  integer,
  literal,
  minValue,
  nullable,
  number,
  object,
  pipe,
  safeParse,
  string
} from "./chunk-2G7TLW22.js";
import {
  legacyStreamMessage
} from "./chunk-7S5RA6R7.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import {
  AuthUnusableError,
  CodexFailedError,
  RollbackRefusedError,
  SealError,
  UsageError,
  UsageLimitError,
  asCodexAuthError,
  prefixError
} from "./chunk-HPAV43AD.js";

// src/core/plan-usage.ts
var USAGE_LIMIT_MESSAGE = /you['’]ve hit your usage limit/i;
function isUsageLimitMessage(message) {
  return USAGE_LIMIT_MESSAGE.test(message);
}
function planUsageFromCodex(raw) {
  if (!isRecord(raw)) return null;
  const short = windowOf(raw.primary);
  const weekly = windowOf(raw.secondary);
  return short === null && weekly === null ? null : { short, weekly };
}
function windowOf(raw) {
  if (!isRecord(raw) || typeof raw.used_percent !== "number" || !Number.isFinite(raw.used_percent))
    return null;
  const minutes = raw.window_minutes;
  const resets = raw.resets_at;
  return {
    usedPercent: raw.used_percent,
    windowMinutes: typeof minutes === "number" && Number.isFinite(minutes) ? minutes : null,
    resetsAt: typeof resets === "number" && Number.isFinite(resets) ? new Date(resets * 1e3).toISOString() : null
  };
}
function resetTimeOf(usage) {
  const windows = [usage?.short, usage?.weekly].filter(
    (w) => w !== null && w !== void 0
  );
  const exhausted = windows.filter((w) => w.usedPercent >= 100);
  const candidates = (exhausted.length > 0 ? exhausted : windows).map((w) => w.resetsAt).filter((at) => at !== null).sort();
  return candidates.at(-1) ?? null;
}
function describePlanUsage(usage) {
  if (usage === null) return "unknown";
  const part = (name, w) => w === null ? null : `${name} ${round(w.usedPercent)} % used${w.windowMinutes === null ? "" : ` of ${describeMinutes(w.windowMinutes)}`}${w.resetsAt === null ? "" : ` (resets ${w.resetsAt})`}`;
  return [part("short window", usage.short), part("weekly window", usage.weekly)].filter(Boolean).join(", ");
}
function describeMinutes(minutes) {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
function round(value) {
  return String(Math.round(value * 10) / 10);
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/roundtrip/run-round-trip.ts
import os from "node:os";

// src/codex/auth-watcher.ts
import { promises as fs, watch } from "node:fs";
import path from "node:path";
function watchAuthFile(dir, onChange, options = {}) {
  const file = path.join(dir, AUTH_FILE);
  const errors = [];
  let unreported = [];
  let lastText = options.initialText;
  let lastSignature = "";
  let lastReadError = "";
  let closed = false;
  let running = null;
  let again = false;
  const fail = (error) => {
    errors.push(error);
    unreported.push(error);
    try {
      options.onError?.(error);
    } catch {
    }
  };
  const checkOnce = async () => {
    let text;
    try {
      text = await readPrivateFile(file);
      lastReadError = "";
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      if (description !== lastReadError) fail(error);
      lastReadError = description;
      return;
    }
    if (lastText === void 0) {
      lastText = text;
      return;
    }
    if (text === null || text === lastText) return;
    if (!isCompleteJson(text)) {
      lastSignature = "";
      return;
    }
    lastText = text;
    try {
      await onChange(text);
    } catch (error) {
      fail(error);
    }
  };
  const check = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await checkOnce();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const poll = async () => {
    let signature;
    try {
      const stat = await fs.stat(file);
      signature = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      if (!isErrno(error, "ENOENT")) signature = "unreadable";
      else return;
    }
    if (signature === lastSignature) return;
    lastSignature = signature;
    await check();
  };
  let watcher = null;
  if (options.useFsWatch ?? true) {
    try {
      watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (closed) return;
        if (filename === null || filename.toString() === AUTH_FILE) void check();
      });
      watcher.on("error", () => {
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
  }
  const timer = setInterval(() => {
    if (!closed && !running) void poll();
  }, options.pollIntervalMs ?? 200);
  timer.unref();
  void check();
  const flush = async () => {
    await check();
    if (unreported.length === 0) return;
    const pending = unreported;
    unreported = [];
    if (pending.length === 1) throw pending[0];
    throw new AggregateError(pending, `${pending.length} errors while following ${file}`);
  };
  return {
    errors,
    flush,
    async close() {
      if (closed) {
        if (running) await running;
        return;
      }
      closed = true;
      clearInterval(timer);
      watcher?.close();
      watcher = null;
      await flush();
    }
  };
}
function isCompleteJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// src/roundtrip/load-stream.ts
async function loadStream(ctx, given) {
  refuseLegacyOnGitRef(ctx);
  const envelope = await ctx.store.read();
  checkLegacyStream(ctx, envelope !== null);
  const seed = envelope ? given : given ?? await ctx.store.plainSeed?.() ?? void 0;
  if (envelope) {
    const bundle2 = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
    ctx.secrets.add(secretValues(bundle2));
    const skew = futureRefreshWarning(bundle2, `the stored copy of stream "${ctx.stream}"`, ctx.now());
    if (skew) ctx.log.warn(skew);
    if (seed) {
      ctx.log.info(
        `stream "${ctx.stream}" already holds generation ${envelope.generation}; the seed from ${seed.origin} is not used (a seed never replaces a stored copy).`
      );
    }
    return { bundle: bundle2, generation: envelope.generation, seeded: false };
  }
  if (!seed) {
    throw new AuthUnusableError(
      `stream "${ctx.stream}" holds nothing in ${ctx.store.location} and no seed was given. Seed it once from a fresh login: \`codex-auth seed --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (or pass --seed-file FILE / set CODEX_AUTH_JSON).`
    );
  }
  const bundle = parseSeed(seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  await refuseSeedBelowMark(ctx, seed.origin);
  await writeBundle(ctx, bundle, 0);
  ctx.log.info(`stream "${ctx.stream}" was empty: stored the seed from ${seed.origin} as generation 1.`);
  return { bundle, generation: 1, seeded: true };
}
async function refuseSeedBelowMark(ctx, origin) {
  const mark = await ctx.store.highWater?.().catch(() => null) ?? null;
  if (mark === null || mark <= 0) return;
  throw new RollbackRefusedError(
    `stream "${ctx.stream}" holds nothing in ${ctx.store.location}, but generation ${mark} was already written (its high-water mark remains): the stored copy was removed or lost, and the seed from ${origin} is most likely an older login whose refresh token was rotated away, so it was not used and nothing was run. Put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark; \`codex-auth revoke\` removes a stream together with its mark).`
  );
}
function checkLegacyStream(ctx, exists) {
  const message = legacyStreamMessage(ctx.stream, exists);
  if (message === null) return;
  if (!exists) throw new UsageError(message);
  ctx.log.warn(message);
}
async function checkLegacyStreamBeforeLock(ctx) {
  if (legacyStreamMessage(ctx.stream, false) === null) return;
  refuseLegacyOnGitRef(ctx);
  if (await ctx.store.currentGeneration() === 0)
    throw new UsageError(legacyStreamMessage(ctx.stream, false) ?? "");
}
function refuseLegacyOnGitRef(ctx) {
  const message = legacyStreamMessage(ctx.stream, false);
  if (message !== null && ctx.store.kind === "git-ref") throw new UsageError(message);
}
function parseSeed(seed, log, now = /* @__PURE__ */ new Date()) {
  const { text, decodedFrom } = normalizeSeedText(seed.raw, seed.origin, seed.pathHint ?? SEED_PATH_HINT);
  const bundle = parseBundle(text, seed.origin);
  assertStreamable(bundle, seed.origin);
  if (decodedFrom)
    log?.info(`${seed.origin} holds base64 of an auth.json; it was decoded and stored as JSON.`);
  const skew = futureRefreshWarning(bundle, seed.origin, now);
  if (skew) log?.warn(skew);
  return bundle;
}
var SEED_PATH_HINT = "pass the file with --auth-file PATH (seed) or --seed-file PATH (run, restore)";
async function writeBundle(ctx, bundle, expectedGeneration, generation = typeof expectedGeneration === "number" ? expectedGeneration + 1 : 1) {
  const envelope = await sealEnvelope(
    { bundle, stream: ctx.stream, generation, writer: ctx.writer, now: ctx.now() },
    ctx.key
  );
  await ctx.store.write(envelope, expectedGeneration);
  await verifyStored(ctx, envelope, bundle.fingerprint);
  return generation;
}
async function verifyStored(ctx, written, fingerprint) {
  const generation = written.generation;
  try {
    const stored = ctx.store.readBackAfterWrite ? await ctx.store.read() : written;
    if (!stored || stored.generation !== generation) {
      throw new Error(`expected generation ${generation}, found ${stored?.generation ?? "nothing"}`);
    }
    const bundle = await openEnvelope(stored, ctx.stream, ctx.key, ctx.store.location);
    if (bundle.fingerprint !== fingerprint) throw new Error("the stored bundle is not the one written");
  } catch (error) {
    const rolledBack = await ctx.store.rollback(generation).catch(() => false);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the write of generation ${generation} to ${ctx.store.location} did not verify (${reason})${rolledBack ? "; the previous generation was put back" : ""}.`
    );
  }
}

// src/roundtrip/messages.ts
var REFRESH_FAILURE_CAUSE = {
  refresh_token_reused: "the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth",
  refresh_token_expired: "the refresh token has expired (the session was unused for too long)",
  refresh_token_invalidated: "the refresh token was revoked (signed out elsewhere, password change, or admin action)",
  refresh_failed: "the token endpoint rejected the refresh token"
};
function reseedMessage(stream, run, generation) {
  const code = run.refreshFailure ?? "refresh_failed";
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}
function codexFailedMessage(run) {
  const how = run.signal ? `was stopped by ${run.signal}` : `exited with code ${run.exitCode}`;
  const last = run.errorMessages.at(-1);
  return `codex exec ${how}${last ? `: ${last}` : ""}. Anything Codex refreshed was persisted; check Codex's output above for the cause.`;
}
function noEventsMessage(codexPath) {
  return `${codexPath} exited 0 but printed no Codex events, so Codex did not run: that program is not the Codex CLI, or not one that knows \`codex exec --json\`. Point --codex (Action: codex-version) at the real Codex CLI (\`npm i -g @openai/codex\`).`;
}
function persistFailedPrefix(stream) {
  return `Codex refreshed the login of stream "${stream}" but it could NOT be persisted, and the old refresh token is already rotated away: `;
}
function lockWaitNotice(ctx) {
  return (holder, waitedMs) => ctx.log.info(
    `waiting for the lock of stream "${ctx.stream}" (${Math.round(waitedMs / 1e3)} s so far), held by ${describeHolder(holder)}`
  );
}

// src/roundtrip/persister.ts
var Persister = class {
  constructor(ctx, loaded, onWrite) {
    this.ctx = ctx;
    this.onWrite = onWrite;
    this.generation = loaded.generation;
    this.fingerprint = loaded.fingerprint;
    this.observed = { fingerprint: loaded.fingerprint, lastRefresh: loaded.lastRefresh };
  }
  ctx;
  onWrite;
  generation;
  fingerprint;
  queue = Promise.resolve();
  firstError = null;
  /** Generations this run wrote after loading (refreshes, not the seed). */
  writes = 0;
  /** The newest valid bundle Codex produced, persisted or not: tells whether Codex refreshed at all. */
  observed;
  /** The newest valid bundle read back from Codex (null until one was read). */
  observedBundle = null;
  get currentGeneration() {
    return this.generation;
  }
  get currentFingerprint() {
    return this.fingerprint;
  }
  /** The first failure of any persist, or null. A failure after a refresh must fail the job loudly. */
  get error() {
    return this.firstError;
  }
  /** Persists `raw` if it is a valid bundle whose tokens differ from the stored ones. Never throws. */
  persist(raw, origin) {
    const next = this.queue.then(() => this.persistNow(raw, origin));
    this.queue = next.catch(() => void 0);
    return next.catch((error) => {
      this.firstError ??= asCodexAuthError(error);
    });
  }
  async persistNow(raw, origin) {
    let bundle;
    try {
      bundle = parseBundle(raw, origin);
      assertStreamable(bundle, origin);
    } catch (error) {
      this.ctx.log.warn(`${asCodexAuthError(error).message} It was not persisted.`);
      return;
    }
    this.ctx.secrets.add(secretValues(bundle));
    this.observed = { fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
    this.observedBundle = bundle;
    if (bundle.fingerprint === this.fingerprint) return;
    const generation = await writeBundle(this.ctx, bundle, this.generation);
    this.generation = generation;
    this.fingerprint = bundle.fingerprint;
    this.writes += 1;
    await this.onWrite?.({
      generation,
      fingerprint: bundle.fingerprint,
      lastRefresh: this.observed.lastRefresh
    });
    this.ctx.log.info(
      `persisted the refreshed login of stream "${this.ctx.stream}" as generation ${generation} (${bundle.fingerprint}).`
    );
  }
  /** Waits for every queued persist. */
  async settle() {
    await this.queue;
  }
};

// src/roundtrip/result.ts
function emptyResult(stream, store) {
  return {
    stream,
    store,
    generation: null,
    seeded: false,
    refreshed: false,
    persisted: false,
    lastRefreshBefore: null,
    lastRefreshAfter: null,
    fingerprintBefore: null,
    fingerprintAfter: null,
    codexExitCode: null,
    finalMessage: null,
    usage: null,
    refreshFailure: null,
    nextRefresh: null,
    accessTokenExpiresAt: null,
    lockWaitMs: 0,
    durationMs: 0,
    seal: null,
    usageLimited: false,
    resetsAt: null,
    planUsage: null,
    error: null
  };
}
function describeBundleInto(result, bundle, now) {
  const report2 = inspectBundle(bundle, now);
  result.nextRefresh = report2.nextRefresh;
  result.accessTokenExpiresAt = report2.accessTokenExpiresAt;
}
function startFrom(result, loaded) {
  Object.assign(result, {
    generation: loaded.generation,
    seeded: loaded.seeded,
    persisted: loaded.seeded,
    fingerprintBefore: loaded.fingerprint,
    fingerprintAfter: loaded.fingerprint,
    lastRefreshBefore: loaded.lastRefresh,
    lastRefreshAfter: loaded.lastRefresh
  });
}

// src/roundtrip/seal.ts
import { promises as fs3 } from "node:fs";
import path3 from "node:path";

// src/github/persisted-credentials.ts
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
var EXTRAHEADER = /^\s*extraheader\s*=\s*AUTHORIZATION:/im;
var INCLUDE_PATH = /^\s*path\s*=\s*(.+?)\s*$/gim;
async function findPersistedCheckoutToken(dir) {
  const config = await gitConfigAbove(path2.resolve(dir));
  if (config === null) return null;
  const text = await fs2.readFile(config, "utf8").catch(() => "");
  if (EXTRAHEADER.test(text)) return config;
  for (const match of text.matchAll(INCLUDE_PATH)) {
    const included = path2.resolve(path2.dirname(config), (match[1] ?? "").replace(/^"(.*)"$/, "$1"));
    const includedText = await fs2.readFile(included, "utf8").catch(() => "");
    if (EXTRAHEADER.test(includedText)) return included;
  }
  return null;
}
async function gitConfigAbove(start) {
  for (let dir = start; ; dir = path2.dirname(dir)) {
    const candidate = path2.join(dir, ".git", "config");
    if ((await fs2.stat(candidate).catch(() => null))?.isFile()) return candidate;
    if (path2.dirname(dir) === dir) return null;
  }
}
function persistedTokenWarning(file) {
  return `the job's GitHub token is persisted in ${file} by actions/checkout, where the agent can read it (and with contents: write, push code or delete this stream's refs). Set \`persist-credentials: false\` on the actions/checkout step.`;
}

// src/roundtrip/seal.ts
async function sealHome(input, log, secrets) {
  const { names } = input.seal;
  const choice = chooseSandbox(input.codexArgs, input.seal.sandbox, names);
  const deny = outermost([input.home, ...input.extraDeny]);
  const config = sealConfig(input.userConfig, choice, deny, names);
  const unsandboxed = config.profile === null;
  if ((unsandboxed || config.network) && !input.seal.allowUnsealed) {
    throw new SealError(unsealedRefusal(config.mode, unsandboxed, names));
  }
  await writeCodexConfig(input.home, config.toml);
  const args = [...choice.args];
  if (unsandboxed || config.network) {
    log.warn(
      `${unsandboxed ? config.mode : "network access"} with ${names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine${unsandboxed ? "" : "'s loopback"}; the run is not sealed.`
    );
    return {
      args: unsandboxed ? ["--sandbox", "danger-full-access", ...args] : args,
      report: {
        sealed: false,
        mode: config.mode,
        profile: config.profile,
        probeMs: null,
        machineChange: null,
        reason: unsandboxed ? "danger-full-access (opted in)" : "network access (opted in)"
      }
    };
  }
  if (input.probe === false) {
    return { args, report: report(config.mode, config.profile, null, null, null) };
  }
  const probeHome = await fs3.mkdtemp(path3.join(input.home, ".seal-probe-"));
  await writeCodexConfig(probeHome, config.toml);
  const persisted = await findPersistedCheckoutToken(input.cwd);
  if (persisted !== null) log.warn(persistedTokenWarning(persisted));
  const probe = () => probeSeal({
    codexPath: input.codexPath,
    env: { ...input.env, CODEX_HOME: probeHome },
    cwd: input.cwd,
    deniedPaths: deny,
    network: false,
    containsSecret: (text) => secrets.contains(text)
  });
  try {
    const proven = await proveSeal(probe, input, log);
    log.debug(`seal: probe passed in ${proven.ms} ms (profile ${config.profile})`);
    return { args, report: report(config.mode, config.profile, proven.ms, proven.machineChange, null) };
  } finally {
    await fs3.rm(probeHome, { recursive: true, force: true });
  }
}
async function proveSeal(probe, input, log) {
  const { names } = input.seal;
  const first = await probe();
  if (first.ok) return { ms: first.ms, machineChange: null };
  if (first.failure?.kind !== "no-namespaces") {
    throw new SealError(probeFailureMessage(first, input.codexPath, names, ""));
  }
  if (!input.seal.fixNamespaces) {
    const note = ` (${names.fixNamespaces} is false, so the tool did not try to fix it.)`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  const fix = await fixUserNamespaces(input.codexPath);
  if (fix.applied === null) {
    const note = ` The tool did not change the machine: ${fix.why}.`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  log.info(`seal: the sandbox could not create user namespaces; ${fix.change}.`);
  const second = await probe();
  if (!second.ok) throw new SealError(probeFailureMessage(second, input.codexPath, names, ""));
  return { ms: first.ms + second.ms, machineChange: fix.change };
}
function outermost(paths) {
  const unique = [...new Set(paths.map((p) => path3.resolve(p)))];
  return unique.filter(
    (candidate) => !unique.some((other) => other !== candidate && candidate.startsWith(other + path3.sep))
  );
}
function report(mode, profile, probeMs, machineChange, reason) {
  return { sealed: probeMs !== null, mode, profile, probeMs, machineChange, reason };
}
function unsealedRefusal(mode, unsandboxed, names) {
  const what = unsandboxed ? `${mode} runs the agent's commands without any sandbox: they can read the ChatGPT login in auth.json (its refresh token is the whole session), the envelope key, the seed and the GitHub token through this job's processes (/proc/<pid>/environ), and every file this user can read` : "network access lets the agent's commands reach this machine's loopback (127.0.0.1), where the runner and other local services listen, and send anything they read anywhere";
  return `refused before Codex ran: ${what}. Use read-only or workspace-write (${names.sandbox}), or set ${names.optIn} if you accept that.`;
}
function probeFailureMessage(result, codexPath, names, fixNote) {
  const failure = result.failure;
  const base = `the seal probe failed, so Codex was not started: ${failure?.detail ?? "unknown failure"}.`;
  switch (failure?.kind) {
    case "old-codex":
      return `${base} (${names.codexVersion}).`;
    case "no-namespaces":
      return `${base}${fixNote}
${namespaceFixSteps(bwrapPath(codexPath))}`;
    case "no-commands":
      return `${base} Check that \`codex sandbox -- echo ok\` works on this machine.`;
    default:
      return `${base} This Codex build does not enforce the permission profile here; pin a Codex version listed in the README (${names.codexVersion}), and report it.`;
  }
}

// src/roundtrip/split-state.ts
import path4 from "node:path";
var STATE_FILE = "codex-auth-state.json";
var splitStateSchema = object({
  version: literal(1),
  stream: string(),
  store: string(),
  lockId: nullable(string()),
  generation: pipe(number(), integer(), minValue(1)),
  fingerprint: string(),
  lastRefresh: nullable(string()),
  seeded: boolean(),
  restoredAt: string()
});
function splitStatePath(codexHome) {
  return path4.join(codexHome, STATE_FILE);
}
async function saveSplitState(codexHome, state) {
  await writePrivateFileAtomic(splitStatePath(codexHome), `${JSON.stringify(state, null, 2)}
`);
}
async function loadSplitState(codexHome) {
  const text = await readPrivateFile(splitStatePath(codexHome));
  if (text === null) {
    throw new UsageError(
      `${codexHome} holds no codex-auth restore state: run \`codex-auth restore --codex-home ${codexHome} ...\` before \`persist\`, with the same --codex-home.`
    );
  }
  const parsed = safeParse(splitStateSchema, JSON.parse(text));
  if (!parsed.success) {
    throw new UsageError(
      `${splitStatePath(codexHome)} is damaged; release the lock with \`codex-auth unlock --force\`.`
    );
  }
  return parsed.output;
}
async function removeSplitState(codexHome) {
  await removeFile(splitStatePath(codexHome));
}

// src/codex/rollout.ts
import { promises as fs4 } from "node:fs";
import path5 from "node:path";
var NOTHING = { found: false, usageLimitExceeded: false, planUsage: null };
var MAX_BYTES = 32 * 1024 * 1024;
async function readRolloutFacts(codexHome, sinceMs = 0) {
  const files = (await listRollouts(path5.join(codexHome, "sessions"))).filter(
    (file) => file.mtimeMs >= sinceMs
  );
  if (files.length === 0) return NOTHING;
  files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  let usageLimitExceeded = false;
  let planUsage = null;
  for (const file of files) {
    const handle = await fs4.open(file.path, "r");
    let text;
    try {
      const buffer = Buffer.alloc(Math.min(file.size, MAX_BYTES));
      await handle.read(buffer, 0, buffer.length, 0);
      text = buffer.toString("utf8");
    } finally {
      await handle.close();
    }
    for (const line of text.split("\n")) {
      if (!line.includes("rate_limits") && !line.includes("usage_limit_exceeded")) continue;
      const payload = eventPayload(line);
      if (payload === null) continue;
      if (payload.type === "token_count") planUsage = planUsageFromCodex(payload.rate_limits) ?? planUsage;
      if (JSON.stringify(payload).includes('"codex_error_info":"usage_limit_exceeded"'))
        usageLimitExceeded = true;
    }
  }
  return { found: true, usageLimitExceeded, planUsage };
}
function eventPayload(line) {
  try {
    const parsed = JSON.parse(line);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { type, payload } = parsed;
    if (type !== "event_msg" || typeof payload !== "object" || payload === null) return null;
    return payload;
  } catch {
    return null;
  }
}
async function listRollouts(dir, depth = 0) {
  let entries;
  try {
    entries = await fs4.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return [];
    throw error;
  }
  const out = [];
  for (const entry of entries) {
    const full = path5.join(dir, entry.name);
    if (entry.isDirectory() && depth < 3) out.push(...await listRollouts(full, depth + 1));
    else if (entry.isFile() && /^rollout-.*\.jsonl$/.test(entry.name)) {
      const stat = await fs4.stat(full);
      out.push({ path: full, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  return out;
}

// src/roundtrip/usage-limit.ts
async function readUsageFacts(codexHome, run, sinceMs, log) {
  const rollout = await readRolloutFacts(codexHome, sinceMs - 1e3).catch((error) => {
    log.debug(`could not read Codex's rollout file for plan usage: ${String(error)}`);
    return { found: false, usageLimitExceeded: false, planUsage: null };
  });
  const byMessage = run.exitCode !== 0 && run.errorMessages.some(isUsageLimitMessage);
  const usageLimited = run.exitCode !== 0 && (rollout.usageLimitExceeded || byMessage);
  return {
    usageLimited,
    resetsAt: usageLimited ? resetTimeOf(rollout.planUsage) : null,
    planUsage: rollout.planUsage
  };
}
async function readPersistUsageFacts(codexHome, sinceMs) {
  const rollout = await readRolloutFacts(codexHome, sinceMs - 1e3).catch(() => null);
  if (rollout === null) return { usageLimited: false, resetsAt: null, planUsage: null };
  return {
    usageLimited: rollout.usageLimitExceeded,
    resetsAt: rollout.usageLimitExceeded ? resetTimeOf(rollout.planUsage) : null,
    planUsage: rollout.planUsage
  };
}
function usageLimitMessage(who, facts) {
  const when = facts.resetsAt === null ? "at a time Codex did not report" : `at ${facts.resetsAt}`;
  return `${who} hit its ChatGPT plan's usage limit (${describePlanUsage(facts.planUsage)}); the window resets ${when}. The login is fine and was not marked dead; run again after the reset, or add a fallback lane (input lanes / --lanes).`;
}
function lowUsageWarning(who, facts, thresholdPercent) {
  if (thresholdPercent === null || facts.planUsage === null) return null;
  const windows = [
    ["short", facts.planUsage.short],
    ["weekly", facts.planUsage.weekly]
  ];
  const low = windows.filter(([, w]) => w !== null && 100 - w.usedPercent < thresholdPercent);
  if (low.length === 0) return null;
  return `${who} runs low on plan usage: ${low.map(
    ([name, w]) => `${name} window ${Math.round((100 - (w?.usedPercent ?? 0)) * 10) / 10} % left${w?.resetsAt ? ` (resets ${w.resetsAt})` : ""}`
  ).join(", ")}, below the threshold of ${thresholdPercent} %.`;
}

// src/roundtrip/run-round-trip.ts
var PROCESS_LEASE_MS = 6e4;
async function runRoundTrip(ctx, request) {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock = null;
  let home = null;
  let watcher = null;
  try {
    await checkLegacyStreamBeforeLock(ctx);
    const acquired = await ctx.lock.acquire({
      owner: ctx.writer,
      timeoutMs: request.lockTimeoutMs,
      leaseMs: PROCESS_LEASE_MS,
      mode: "process",
      onWait: lockWaitNotice(ctx),
      ...request.signal ? { signal: request.signal } : {}
    });
    lock = acquired.handle;
    result.lockWaitMs = acquired.waitedMs;
    const loaded = await loadStream(ctx, request.seed);
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null
    });
    await sweepOrphanedHomes(ctx.log, [privateHomesBase(request.baseEnv), os.tmpdir()]);
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    if (home.created) await recordOwner(home.dir, { ownerPid: process.pid, codexPid: null });
    const homeDir = home.dir;
    const splitState = {
      version: 1,
      stream: ctx.stream,
      store: ctx.store.kind,
      lockId: acquired.handle.holder.id,
      generation: loaded.generation,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      seeded: loaded.seeded,
      restoredAt: ctx.now().toISOString()
    };
    await saveSplitState(homeDir, splitState);
    await materialiseAuth(home.dir, loaded.bundle.raw);
    const codexEnv = buildCodexEnv(request.baseEnv, home.dir, ctx.log);
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: request.codexArgs,
        codexPath: request.codexPath,
        env: codexEnv,
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [home.sealRoot, ...request.sealPaths ?? [], ...ctx.store.privatePaths ?? []],
        seal: request.seal
      },
      ctx.log,
      ctx.secrets
    );
    result.seal = sealed.report;
    const persister = new Persister(
      ctx,
      {
        generation: loaded.generation,
        fingerprint: loaded.bundle.fingerprint,
        lastRefresh: loaded.bundle.auth.last_refresh ?? null
      },
      (written) => saveSplitState(homeDir, { ...splitState, ...written })
    );
    watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, "the auth.json Codex wrote"), {
      initialText: loaded.bundle.raw
    });
    const run = await ctx.runCodex({
      codexPath: request.codexPath,
      args: sealed.args,
      env: codexEnv,
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {},
      ...request.signal ? { signal: request.signal } : {},
      onSpawn: (pid) => {
        if (home?.created)
          void recordOwner(home.dir, { ownerPid: process.pid, codexPid: pid }).catch(() => void 0);
      }
    });
    await watcher.close();
    watcher = null;
    const usage = await readUsageFacts(home.dir, run, startedAt, ctx.log);
    const finalRaw = await readAuth(home.dir);
    if (!run.refreshFailure && finalRaw !== null)
      await persister.persist(finalRaw, "the auth.json Codex left");
    await persister.settle();
    Object.assign(result, {
      codexExitCode: run.exitCode,
      finalMessage: run.finalMessage,
      usage: run.usage,
      refreshFailure: run.refreshFailure,
      generation: persister.currentGeneration,
      fingerprintAfter: persister.observed.fingerprint,
      lastRefreshAfter: persister.observed.lastRefresh,
      refreshed: persister.observed.fingerprint !== loaded.bundle.fingerprint,
      persisted: result.persisted || persister.writes > 0,
      ...usage
    });
    describeBundleInto(result, persister.observedBundle ?? loaded.bundle, ctx.now());
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
    if (run.refreshFailure && run.exitCode !== 0) {
      throw new AuthUnusableError(reseedMessage(ctx.stream, run, persister.currentGeneration));
    }
    if (run.refreshFailure) {
      ctx.log.warn(
        `${reseedMessage(ctx.stream, run, persister.currentGeneration)} (This run still succeeded.)`
      );
    }
    if (usage.usageLimited) throw new UsageLimitError(usageLimitMessage(`stream "${ctx.stream}"`, usage));
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
    if (run.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    await watcher?.close().catch(() => void 0);
    if (home) await cleanUpHome(home, ctx);
    if (lock) await releaseLock(lock, ctx);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}
async function cleanUpHome(home, ctx) {
  try {
    if (home.created) {
      await removeCodexHome(home.dir);
    } else {
      await removeAuth(home.dir);
      await removeSplitState(home.dir);
    }
  } catch (error) {
    ctx.log.warn(
      `could not remove the plaintext auth.json in ${home.dir}: ${String(error)}; delete it by hand.`
    );
  }
}
async function releaseLock(lock, ctx) {
  try {
    if (!await lock.release()) {
      ctx.log.warn(
        `the lock of stream "${ctx.stream}" had been taken over by another holder before release.`
      );
    }
  } catch (error) {
    ctx.log.warn(`could not release the lock of stream "${ctx.stream}": ${String(error)}`);
  }
}

export {
  loadStream,
  refuseSeedBelowMark,
  checkLegacyStream,
  checkLegacyStreamBeforeLock,
  refuseLegacyOnGitRef,
  parseSeed,
  writeBundle,
  codexFailedMessage,
  persistFailedPrefix,
  lockWaitNotice,
  Persister,
  emptyResult,
  describeBundleInto,
  startFrom,
  sealHome,
  splitStatePath,
  saveSplitState,
  loadSplitState,
  removeSplitState,
  describePlanUsage,
  describeMinutes,
  readUsageFacts,
  readPersistUsageFacts,
  usageLimitMessage,
  lowUsageWarning,
  runRoundTrip,
  releaseLock
};
