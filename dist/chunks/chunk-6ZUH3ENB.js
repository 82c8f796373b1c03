#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describePlanUsage,
  isUsageLimitMessage,
  planUsageFromCodex,
  resetTimeFromMessage,
  resetTimeOf
} from "./chunk-PD5UZF6M.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import {
  AUTH_FILE,
  createPrivateCodexHome,
  futureRefreshWarning,
  materialiseAuth,
  normalizeSeedText,
  privateHomesBase,
  readAuth,
  recordOwner,
  removeAuth,
  removeCodexHome,
  removeSplitState,
  saveSplitState,
  sweepOrphanedHomes,
  writeCodexConfig
} from "./chunk-GE7YRBSE.js";
import {
  chooseSandbox,
  legacyStreamMessage,
  probeOptions,
  projectDirs,
  sealConfig
} from "./chunk-EQ272HND.js";
import {
  findNativeCodex,
  identifyCodex,
  stopSession
} from "./chunk-4ISNCFAF.js";
import {
  loadSodium,
  openEnvelope,
  sealEnvelope
} from "./chunk-BP3KPCEJ.js";
import {
  isErrno,
  readPrivateFile
} from "./chunk-Q56VBX5R.js";
import {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  jwtExpiry,
  parseBundle,
  secretValues
} from "./chunk-R7ZAKF2J.js";
import {
  AuthUnusableError,
  CodexFailedError,
  NotSeededError,
  RollbackRefusedError,
  RunTimeoutError,
  SealError,
  UsageError,
  UsageLimitError,
  asCodexAuthError,
  prefixError
} from "./chunk-X5N6Q7YB.js";

// src/codex/codex-env.ts
import { realpathSync } from "node:fs";
import path from "node:path";
var CREDENTIAL_OVERRIDES = ["CODEX_API_KEY", "CODEX_ACCESS_TOKEN"];
var RUNNER_FILE_COMMANDS = [
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_PATH",
  "GITHUB_STEP_SUMMARY"
];
var RUNNER_FILE_COMMANDS_DIR = "_runner_file_commands";
var HIDDEN_FROM_CODEX = [
  "CODEX_AUTH_KEY",
  "CODEX_AUTH_JSON",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  ...RUNNER_FILE_COMMANDS
];
var HIDDEN_PREFIXES = ["INPUT_"];
function buildCodexEnv(base, codexHome, log, options = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === void 0 || isHidden(name)) continue;
    env[name] = value;
  }
  if (options.stream ?? true) {
    for (const name of Object.keys(env)) {
      if (!CREDENTIAL_OVERRIDES.some((override) => sameName(name, override))) continue;
      delete env[name];
      log.warn(
        `${name} is set; it was removed from Codex's environment because Codex would silently prefer it over the stream's auth.json (which then would never be refreshed or saved). Unset it to silence this warning.`
      );
    }
  }
  for (const name of Object.keys(env)) if (sameName(name, "CODEX_HOME")) delete env[name];
  env.CODEX_HOME = codexHome;
  return env;
}
function runnerFileCommandPaths(env) {
  const candidates = RUNNER_FILE_COMMANDS.map((name) => env[name]).filter(
    (file) => typeof file === "string" && path.isAbsolute(file)
  );
  const dirs = candidates.map((file) => path.dirname(file));
  if (env.RUNNER_TEMP && path.isAbsolute(env.RUNNER_TEMP)) {
    dirs.push(path.join(env.RUNNER_TEMP, RUNNER_FILE_COMMANDS_DIR));
  }
  const found = /* @__PURE__ */ new Set();
  for (const candidate of [...dirs, ...candidates]) {
    try {
      found.add(realpathSync(candidate));
    } catch {
    }
  }
  return [...found];
}
function isHidden(name) {
  const key = canonical(name);
  return HIDDEN_FROM_CODEX.some((hidden) => key === hidden) || HIDDEN_PREFIXES.some((prefix) => key.startsWith(prefix));
}
function canonical(name) {
  return process.platform === "win32" ? name.toUpperCase() : name;
}
function sameName(name, wanted) {
  return canonical(name) === wanted;
}

// src/core/near-names.ts
function nearNames(name, candidates) {
  const limit = Math.min(2, Math.max(1, Math.floor(name.length / 3)));
  return candidates.filter((candidate) => candidate !== name).map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) })).filter(({ distance }) => distance <= limit).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).map(({ candidate }) => candidate);
}
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    const above = rows[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        above[j] + 1,
        row[j - 1] + 1,
        above[j - 1] + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
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
  if (!seed) throw await notSeeded(ctx);
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
async function notSeeded(ctx) {
  const names = (await ctx.store.storedStreams?.().catch(() => null) ?? []).map((stream) => stream.name);
  const near = nearNames(ctx.stream, names);
  const meant = near.length > 0 ? ` Did you mean ${near.map((name) => `"${name}"`).join(" or ")}? Otherwise, to start this stream:` : "";
  return new NotSeededError(
    `stream "${ctx.stream}" is not seeded: ${ctx.store.location} holds nothing and no seed was given.${meant} Seed it once from a fresh login: \`codex-auth seed --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (or pass --seed-file FILE / set CODEX_AUTH_JSON).`
  );
}

// src/roundtrip/messages.ts
var REFRESH_FAILURE_CAUSE = {
  refresh_token_reused: "the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth",
  refresh_token_expired: "the refresh token has expired (the session was unused for too long)",
  refresh_token_invalidated: "the refresh token was revoked (signed out elsewhere, password change, or admin action)",
  refresh_failed: "the token endpoint rejected the refresh token"
};
function reseedMessage(stream, run2, generation) {
  const code = run2.refreshFailure ?? "refresh_failed";
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}
function codexFailedMessage(run2) {
  const how = run2.signal ? `was stopped by ${run2.signal}` : `exited with code ${run2.exitCode}`;
  const last = run2.errorMessages.at(-1);
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
function runTimeoutMessage(timeoutMs, what) {
  return `codex exec ran longer than the run timeout (${Math.round(timeoutMs / 1e3)} s) and was stopped with everything it started. ${what} If the task needs longer, raise --run-timeout (Action: input run-timeout).`;
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

// src/core/inspect.ts
var PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
var SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function inspectBundle(bundle, now) {
  const identity = identityClaims(bundle);
  const lastRefresh = bundle.auth.last_refresh ?? null;
  const lastRefreshDate = lastRefresh ? new Date(lastRefresh) : null;
  const accessToken = bundle.auth.tokens?.access_token;
  const expiry = accessToken ? jwtExpiry(accessToken) : null;
  const problems = [];
  if (bundle.kind === "chatgpt" && !lastRefresh) {
    problems.push("last_refresh is missing: Codex will not refresh proactively and needs a 401 to recover");
  }
  if (bundle.kind !== "chatgpt") {
    problems.push(`this is a ${bundle.kind} credential, not a ChatGPT login a stream can carry`);
  }
  return {
    kind: bundle.kind,
    authMode: bundle.authMode,
    accountId: identity.accountId,
    plan: identity.plan,
    email: identity.email ? redactEmail(identity.email) : null,
    lastRefresh,
    lastRefreshAgeDays: lastRefreshDate ? round2((now.getTime() - lastRefreshDate.getTime()) / DAY_MS) : null,
    accessTokenExpiresAt: expiry ? expiry.toISOString() : null,
    nextRefresh: bundle.kind === "chatgpt" ? nextRefresh(now, expiry, lastRefreshDate) : NO_REFRESH,
    fingerprint: bundle.fingerprint,
    problems
  };
}
var NO_REFRESH = { due: false, reason: null, at: null };
function nextRefresh(now, expiry, lastRefresh) {
  if (expiry) {
    const at = new Date(expiry.getTime() - PROACTIVE_EXPIRY_WINDOW_MS);
    return { due: now >= at, reason: "proactive_expiry", at: at.toISOString() };
  }
  if (lastRefresh) {
    const at = new Date(lastRefresh.getTime() + SCHEDULED_REFRESH_AFTER_MS);
    return { due: now > at, reason: "scheduled", at: at.toISOString() };
  }
  return NO_REFRESH;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}
function redactEmail(email) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

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
async function timedAcquire(result, acquire) {
  const started = performance.now();
  try {
    const acquired = await acquire();
    result.lockWaitMs = acquired.waitedMs;
    return acquired;
  } catch (error) {
    result.lockWaitMs = Math.round(performance.now() - started);
    throw error;
  }
}

// src/roundtrip/seal.ts
import { promises as fs2, realpathSync as realpathSync2 } from "node:fs";
import path4 from "node:path";

// src/codex/seal-probe.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";

// src/codex/seal-probe-script.ts
var PROBE_SCRIPT = String.raw`
const fs = require('fs');
const net = require('net');
const [marker, port, ...paths] = process.argv.slice(1);
const report = { marker, files: {}, env: JSON.stringify(process.env), proc: {}, network: 'not-checked' };
const readTree = (p, depth) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return fs.readFileSync(p, 'latin1');
  let text = '';
  for (const name of fs.readdirSync(p)) {
    text += name + '\n';
    if (depth < 3) { try { text += readTree(p + '/' + name, depth + 1); } catch {} }
  }
  return text || ' ';
};
for (const p of paths) {
  try { const text = readTree(p, 0); report.files[p] = { readable: text.length > 0, text }; }
  catch (e) { report.files[p] = { readable: false, error: e.code || String(e) }; }
}
try {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try { report.proc[pid] = fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {}
  }
} catch {}
// fs.writeSync, not process.stdout: when our stdout is a socket (Node's child pipes are socketpairs), Node sends
// with sendmsg, which the sandbox's seccomp filter refuses; write(2) is allowed.
const done = () => {
  const out = Buffer.from(JSON.stringify(report));
  for (let at = 0; at < out.length; ) {
    try { at += fs.writeSync(1, out, at); } catch (e) { if (e.code !== 'EAGAIN') throw e; }
  }
};
if (!port) { done(); } else {
  const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
  const finish = (state) => { report.network = state; socket.destroy(); done(); };
  socket.setTimeout(1500, () => finish('timeout'));
  socket.on('connect', () => finish('connected'));
  socket.on('error', (e) => finish(e.code || 'error'));
}
`;

// src/codex/seal-probe.ts
var MIN_SEALED_CODEX = "0.149.0";
async function probeSeal(request) {
  const started = performance.now();
  let ended = null;
  const native = findNativeCodex(request.codexPath);
  const identity = await identifyCodex(request.codexPath, request.env);
  const version = identity.version;
  const result = (failure, stderr = "") => ({
    ok: failure === null,
    // The probe's own time: waiting for the secrets to be known is not part of it.
    ms: Math.round((ended ?? performance.now()) - started),
    codexVersion: version,
    failure,
    stderr
  });
  if (identity.notCodex !== null) {
    return result({
      kind: "not-codex",
      detail: `${request.codexPath} is not the Codex CLI: ${identity.notCodex}`
    });
  }
  if (version === null || compareVersions(version, MIN_SEALED_CODEX) < 0) {
    return result({
      kind: "old-codex",
      detail: `Codex ${version ?? "(unknown version)"} cannot keep files from the agent's commands (permission profiles enforce deny-read from ${MIN_SEALED_CODEX} on); upgrade Codex to ${MIN_SEALED_CODEX} or later`
    });
  }
  const marker = `codex-auth-probe-${randomBytes(8).toString("hex")}`;
  const listener = request.network ? null : await listenOnLoopback();
  try {
    const port = listener === null ? "" : String(listener.address().port);
    const { stdout, stderr, spawnError } = await run(
      native?.binary ?? request.codexPath,
      // NODE_OPTIONS (a loader such as tsx's) would change what our node runs; the probe still sees it in /proc.
      [
        "sandbox",
        ...request.options ?? [],
        "--",
        "/usr/bin/env",
        "-u",
        "NODE_OPTIONS",
        process.execPath,
        "-e",
        PROBE_SCRIPT,
        marker,
        port,
        ...request.deniedPaths
      ],
      request
    );
    ended = performance.now();
    await request.secretsKnown?.catch(() => void 0);
    const report2 = parseReport(stdout, marker);
    if (report2 === null) {
      const why = spawnError ?? lastLines(stderr);
      return result(
        {
          kind: NAMESPACE_FAILURE.test(stderr) ? "no-namespaces" : "no-commands",
          detail: `the Codex sandbox could not run a command: ${why || "no output"}`
        },
        lastLines(stderr)
      );
    }
    for (const [file, seen] of Object.entries(report2.files)) {
      if (seen.readable) return result({ kind: "readable", detail: `the agent's commands can read ${file}` });
    }
    if (request.containsSecret(report2.env)) {
      return result({ kind: "secret-visible", detail: "a secret value is in the agent's environment" });
    }
    for (const [pid, environ] of Object.entries(report2.proc)) {
      if (request.containsSecret(environ)) {
        return result({
          kind: "secret-visible",
          detail: `a secret value is in /proc/${pid}/environ inside the sandbox`
        });
      }
    }
    if (request.containsSecret(stdout) || request.containsSecret(stderr)) {
      return result({ kind: "secret-visible", detail: "a secret value is visible to the agent's commands" });
    }
    if (listener !== null && report2.network === "connected") {
      return result({
        kind: "network",
        detail: "the agent's commands can reach this machine's loopback (127.0.0.1)"
      });
    }
    return result(null);
  } finally {
    listener?.close();
  }
}
var NAMESPACE_FAILURE = /bwrap: .*(namespace|uid map|RTM_NEWADDR|Operation not permitted)|unprivileged user namespaces|user namespace/i;
function parseReport(stdout, marker) {
  const start = stdout.indexOf("{");
  if (start === -1) return null;
  try {
    const report2 = JSON.parse(stdout.slice(start));
    return report2.marker === marker ? report2 : null;
  } catch {
    return null;
  }
}
function lastLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("WARNING: proceeding")).slice(-3).join(" / ").slice(0, 600);
}
function run(file, args, request) {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      env: request.env,
      cwd: request.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const out = { stdout: "", stderr: "" };
    const limit = 16 * 1024 * 1024;
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      if (out.stdout.length < limit) out.stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      if (out.stderr.length < limit) out.stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), request.timeoutMs ?? 2e4);
    let spawnError = null;
    const done = () => {
      clearTimeout(timer);
      resolve({ ...out, spawnError });
    };
    child.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${file} was not found` : null;
      if (child.pid === void 0) done();
    });
    child.on("close", () => {
      if (child.pid === void 0) done();
      else void stopSession(child.pid).then(done, done);
    });
  });
}
function listenOnLoopback() {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
function compareVersions(a, b) {
  const parts = (v) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// src/codex/userns-fix.ts
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";
var RESTRICT_SYSCTL = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
var PROFILE_PATH = "/etc/apparmor.d/codex-auth-bwrap";
function bwrapPath(codexPath) {
  if (existsSync("/usr/bin/bwrap")) return "/usr/bin/bwrap";
  const native = findNativeCodex(codexPath);
  const bundled = native ? path2.join(native.vendorDir, "codex-resources", "bwrap") : null;
  return bundled !== null && existsSync(bundled) ? bundled : "/usr/bin/bwrap";
}
function apparmorProfile(bwrap) {
  return [
    "abi <abi/4.0>,",
    "include <tunables/global>",
    "",
    `profile codex-auth-bwrap ${JSON.stringify(bwrap)} flags=(unconfined) {`,
    "  userns,",
    "  include if exists <local/codex-auth-bwrap>",
    "}",
    ""
  ].join("\n");
}
function namespaceFixSteps(bwrap) {
  return [
    "Codex's sandbox (bubblewrap) cannot create user namespaces on this machine, so no command the agent runs would work.",
    `Fix, narrowest first: (1) allow Codex's bubblewrap (${bwrap}) by AppArmor: write ${PROFILE_PATH} containing`,
    `  ${apparmorProfile(bwrap).trim().split("\n").join(" ")}`,
    `  then run \`sudo apparmor_parser -r ${PROFILE_PATH}\` (or install apparmor-profiles and load its bwrap-userns-restrict profile);`,
    "(2) only as a last resort, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.",
    "Elsewhere (no AppArmor): allow unprivileged user namespaces (`sysctl kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0), or run in a container that permits them."
  ].join("\n");
}
async function fixUserNamespaces(codexPath) {
  if (!await succeeds("sudo", ["-n", "true"])) {
    return { applied: null, why: "passwordless sudo is not available" };
  }
  if (readRestriction() !== "1") {
    return {
      applied: null,
      why: `AppArmor does not restrict user namespaces here (${RESTRICT_SYSCTL} is ${readRestriction() ?? "absent"}), so neither fix applies`
    };
  }
  const bwrap = bwrapPath(codexPath);
  const written = await succeeds("sudo", ["-n", "tee", PROFILE_PATH], apparmorProfile(bwrap));
  if (written && await succeeds("sudo", ["-n", "apparmor_parser", "-r", PROFILE_PATH])) {
    return {
      applied: "apparmor-profile",
      change: `loaded the AppArmor profile ${PROFILE_PATH}, which lets ${bwrap} create user namespaces`
    };
  }
  if (await succeeds("sudo", ["-n", "sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"])) {
    return {
      applied: "sysctl",
      change: "set kernel.apparmor_restrict_unprivileged_userns=0 (the AppArmor profile could not be loaded); this allows user namespaces to every program on this machine"
    };
  }
  return { applied: null, why: "neither the AppArmor profile nor the sysctl could be applied with sudo" };
}
function readRestriction() {
  try {
    return readFileSync(RESTRICT_SYSCTL, "utf8").trim();
  } catch {
    return null;
  }
}
function succeeds(file, args, input) {
  return new Promise((resolve) => {
    const child = execFile(file, args, { timeout: 3e4 }, (error) => resolve(error === null));
    if (input !== void 0) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

// src/github/persisted-credentials.ts
import { promises as fs } from "node:fs";
import path3 from "node:path";
var EXTRAHEADER = /^\s*extraheader\s*=\s*AUTHORIZATION:/im;
var INCLUDE_PATH = /^\s*path\s*=\s*(.+?)\s*$/gim;
async function findPersistedCheckoutToken(dir) {
  const config = await gitConfigAbove(path3.resolve(dir));
  if (config === null) return null;
  const text = await fs.readFile(config, "utf8").catch(() => "");
  if (EXTRAHEADER.test(text)) return config;
  for (const match of text.matchAll(INCLUDE_PATH)) {
    const included = path3.resolve(path3.dirname(config), (match[1] ?? "").replace(/^"(.*)"$/, "$1"));
    const includedText = await fs.readFile(included, "utf8").catch(() => "");
    if (EXTRAHEADER.test(includedText)) return included;
  }
  return null;
}
async function gitConfigAbove(start) {
  for (let dir = start; ; dir = path3.dirname(dir)) {
    const candidate = path3.join(dir, ".git", "config");
    if ((await fs.stat(candidate).catch(() => null))?.isFile()) return candidate;
    if (path3.dirname(dir) === dir) return null;
  }
}
function persistedTokenWarning(file) {
  return `the job's GitHub token is persisted in ${file} by actions/checkout, where the agent can read it (and with contents: write, push code or delete this stream's refs). Set \`persist-credentials: false\` on the actions/checkout step.`;
}

// src/roundtrip/seal.ts
function planSeal(input) {
  const { names } = input.seal;
  const choice = chooseSandbox(input.codexArgs, input.seal.sandbox, names);
  const deny = outermost([input.home, ...input.extraDeny]);
  const config = sealConfig(input.userConfig, choice, deny, names, projectDirs(workingRoots(input, choice)));
  if (!input.seal.allowUnsealed && config.unsealedBy.length > 0) {
    throw new SealError(
      `refused before Codex ran: ${config.unsealedBy.join("; ")}. Remove it (settings that keep the sandbox can go in ${names.codexConfig}), or set ${names.optIn} if you accept that the agent's commands and tools may read the ChatGPT login (the run is then reported not sealed).`
    );
  }
  if ((config.profile === null || config.network) && !input.seal.allowUnsealed) {
    throw new SealError(unsealedRefusal(config.mode, config.profile === null, names));
  }
  return { choice, deny, config };
}
function workingRoots(input, choice) {
  const root = path4.resolve(input.cwd, choice.cd ?? ".");
  const roots = [root];
  try {
    roots.push(realpathSync2(root));
  } catch {
  }
  return roots;
}
function startSeal(input, log, secrets) {
  const plan = planSeal(input);
  let secretsKnown = () => void 0;
  const known = new Promise((resolve) => secretsKnown = resolve);
  const done = sealHome({ ...input, secretsKnown: known }, log, secrets, plan);
  done.catch(() => void 0);
  return { done, secretsKnown };
}
async function sealHome(input, log, secrets, plan = planSeal(input)) {
  const { choice, deny, config } = plan;
  const unsandboxed = config.profile === null;
  await writeCodexConfig(input.home, config.toml);
  const args = [...choice.args];
  const trusted = config.unsealedBy.length > 0;
  if (unsandboxed || config.network || trusted) {
    const what = unsandboxed ? config.mode : config.network ? "network access" : config.reason ?? "project configuration";
    log.warn(
      `${what} with ${input.seal.names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine${unsandboxed || trusted ? "" : "'s loopback"}; the run is not sealed.`
    );
    return {
      args: unsandboxed ? ["--sandbox", "danger-full-access", ...args] : args,
      report: {
        sealed: false,
        mode: config.mode,
        profile: config.profile,
        probeMs: null,
        waitMs: null,
        machineChange: null,
        reason: unsandboxed ? "danger-full-access (opted in)" : config.network ? "network access (opted in)" : `${config.reason ?? "project configuration trusted"} (opted in)`
      }
    };
  }
  if (input.probe === false) {
    return { args, report: report(config.mode, config.profile, null, null, null) };
  }
  const probeHome = await fs2.mkdtemp(path4.join(input.home, ".seal-probe-"));
  await writeCodexConfig(probeHome, config.toml);
  const persisted = await findPersistedCheckoutToken(input.cwd);
  if (persisted !== null) log.warn(persistedTokenWarning(persisted));
  const probe = () => probeSeal({
    codexPath: input.codexPath,
    env: { ...input.env, CODEX_HOME: probeHome },
    cwd: input.cwd,
    options: probeOptions(args),
    deniedPaths: deny,
    network: false,
    containsSecret: (text) => secrets.contains(text),
    secretsKnown: input.secretsKnown
  });
  try {
    const proven = await proveSeal(probe, input, log);
    log.debug(`seal: probe passed in ${proven.ms} ms (profile ${config.profile})`);
    return { args, report: report(config.mode, config.profile, proven.ms, proven.machineChange, null) };
  } finally {
    await fs2.rm(probeHome, { recursive: true, force: true });
  }
}
async function proveSeal(probe, input, log) {
  const { names } = input.seal;
  const first = await probe();
  if (first.ok) return { ms: first.ms, machineChange: null };
  if (first.failure?.kind === "not-codex") {
    throw new UsageError(probeFailureMessage(first, input.codexPath, names, ""));
  }
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
  const unique = [...new Set(paths.map((p) => realPathOfNearest(path4.resolve(p))))];
  return unique.filter(
    (candidate) => !unique.some((other) => other !== candidate && candidate.startsWith(other + path4.sep))
  );
}
function realPathOfNearest(target) {
  try {
    return realpathSync2.native(target);
  } catch {
    const parent = path4.dirname(target);
    return parent === target ? target : path4.join(realPathOfNearest(parent), path4.basename(target));
  }
}
function report(mode, profile, probeMs, machineChange, reason) {
  return { sealed: probeMs !== null, mode, profile, probeMs, waitMs: null, machineChange, reason };
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
    case "not-codex":
      return `${base} Point --codex at the Codex CLI (Action: codex-version), e.g. the \`codex\` that \`npm install -g @openai/codex\` installs.`;
    case "no-namespaces":
      return `${base}${fixNote}
${namespaceFixSteps(bwrapPath(codexPath))}`;
    case "no-commands":
      return `${base} Check that \`codex sandbox -- echo ok\` works on this machine.`;
    default:
      return `${base} This Codex build does not enforce the permission profile here; pin a Codex version listed in the README (${names.codexVersion}), and report it.`;
  }
}

// src/codex/rollout.ts
import { promises as fs3 } from "node:fs";
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
    const handle = await fs3.open(file.path, "r");
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
    entries = await fs3.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return [];
    throw error;
  }
  const out = [];
  for (const entry of entries) {
    const full = path5.join(dir, entry.name);
    if (entry.isDirectory() && depth < 3) out.push(...await listRollouts(full, depth + 1));
    else if (entry.isFile() && /^rollout-.*\.jsonl$/.test(entry.name)) {
      const stat = await fs3.stat(full);
      out.push({ path: full, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  return out;
}

// src/roundtrip/usage-limit.ts
async function readUsageFacts(codexHome, run2, sinceMs, log) {
  const rollout = await readRolloutFacts(codexHome, sinceMs - 1e3).catch((error) => {
    log.debug(`could not read Codex's rollout file for plan usage: ${String(error)}`);
    return { found: false, usageLimitExceeded: false, planUsage: null };
  });
  const byMessage = run2.exitCode !== 0 && run2.errorMessages.some(isUsageLimitMessage);
  const usageLimited = run2.exitCode !== 0 && (rollout.usageLimitExceeded || byMessage);
  const fromMessage = () => run2.errorMessages.map((message) => resetTimeFromMessage(message)).find((at) => at !== null) ?? null;
  return {
    usageLimited,
    resetsAt: usageLimited ? resetTimeOf(rollout.planUsage) ?? fromMessage() : null,
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

// src/codex/auth-watcher.ts
import { promises as fs4, watch } from "node:fs";
import path6 from "node:path";
function watchAuthFile(dir, onChange, options = {}) {
  const file = path6.join(dir, AUTH_FILE);
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
      const stat = await fs4.stat(file);
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

// src/roundtrip/run-round-trip.ts
var PROCESS_LEASE_MS = 6e4;
async function runRoundTrip(ctx, request) {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock = null;
  let home = null;
  let watcher = null;
  let sealing = null;
  try {
    await checkLegacyStreamBeforeLock(ctx);
    void loadSodium().catch(() => void 0);
    await sweepOrphanedHomes(ctx.log, privateHomesBase(request.baseEnv));
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    if (home.created) await recordOwner(home.dir, null);
    const homeDir = home.dir;
    const codexEnv = buildCodexEnv(request.baseEnv, home.dir, ctx.log);
    const sealInput = {
      home: home.dir,
      userConfig: request.codexConfig,
      codexArgs: request.codexArgs,
      codexPath: request.codexPath,
      env: codexEnv,
      cwd: request.cwd ?? process.cwd(),
      extraDeny: [
        home.sealRoot,
        ...request.sealPaths ?? [],
        ...ctx.store.privatePaths ?? [],
        ...runnerFileCommandPaths(request.baseEnv)
      ],
      seal: request.seal
    };
    const seal = startSeal(sealInput, ctx.log, ctx.secrets);
    sealing = seal.done;
    let acquired;
    let loaded;
    try {
      acquired = await timedAcquire(
        result,
        () => ctx.lock.acquire({
          owner: ctx.writer,
          timeoutMs: request.lockTimeoutMs,
          leaseMs: PROCESS_LEASE_MS,
          mode: "process",
          onWait: lockWaitNotice(ctx),
          ...request.signal ? { signal: request.signal } : {}
        })
      );
      lock = acquired.handle;
      loaded = await loadStream(ctx, request.seed);
    } finally {
      seal.secretsKnown();
    }
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null
    });
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
    const waitFrom = performance.now();
    const sealed = await sealing;
    result.seal = { ...sealed.report, waitMs: Math.round(performance.now() - waitFrom) };
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
    const run2 = await ctx.runCodex({
      codexPath: request.codexPath,
      args: sealed.args,
      env: codexEnv,
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {},
      ...request.signal ? { signal: request.signal } : {},
      ...request.runTimeoutMs === void 0 ? {} : { timeoutMs: request.runTimeoutMs },
      onSpawn: (pid, command) => {
        if (home?.created) void recordOwner(home.dir, { pid, command }).catch(() => void 0);
      }
    });
    await watcher.close();
    watcher = null;
    const usage = await readUsageFacts(home.dir, run2, startedAt, ctx.log);
    const finalRaw = await readAuth(home.dir);
    if (!run2.refreshFailure && finalRaw !== null)
      await persister.persist(finalRaw, "the auth.json Codex left");
    await persister.settle();
    Object.assign(result, {
      codexExitCode: run2.exitCode,
      finalMessage: run2.finalMessage,
      usage: run2.usage,
      refreshFailure: run2.refreshFailure,
      generation: persister.currentGeneration,
      fingerprintAfter: persister.observed.fingerprint,
      lastRefreshAfter: persister.observed.lastRefresh,
      refreshed: persister.observed.fingerprint !== loaded.bundle.fingerprint,
      persisted: result.persisted || persister.writes > 0,
      ...usage
    });
    describeBundleInto(result, persister.observedBundle ?? loaded.bundle, ctx.now());
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
    if (run2.timedOut) {
      const kept = result.refreshed ? `The login it refreshed was persisted (generation ${persister.currentGeneration}) and the lock of stream "${ctx.stream}" released.` : `The stored login was left as it was and the lock of stream "${ctx.stream}" released.`;
      throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
    }
    if (run2.refreshFailure && run2.exitCode !== 0) {
      throw new AuthUnusableError(reseedMessage(ctx.stream, run2, persister.currentGeneration));
    }
    if (run2.refreshFailure) {
      ctx.log.warn(
        `${reseedMessage(ctx.stream, run2, persister.currentGeneration)} (This run still succeeded.)`
      );
    }
    if (usage.usageLimited) throw new UsageLimitError(usageLimitMessage(`stream "${ctx.stream}"`, usage));
    if (run2.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run2));
    if (run2.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    await watcher?.close().catch(() => void 0);
    await sealing?.catch(() => void 0);
    await Promise.all([home ? cleanUpHome(home, ctx) : null, lock ? releaseLock(lock, ctx) : null]);
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
  buildCodexEnv,
  runnerFileCommandPaths,
  loadStream,
  checkLegacyStreamBeforeLock,
  codexFailedMessage,
  persistFailedPrefix,
  lockWaitNotice,
  runTimeoutMessage,
  Persister,
  emptyResult,
  describeBundleInto,
  startFrom,
  timedAcquire,
  sealHome,
  readUsageFacts,
  readPersistUsageFacts,
  usageLimitMessage,
  lowUsageWarning,
  runRoundTrip,
  releaseLock
};
