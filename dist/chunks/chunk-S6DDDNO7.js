#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  isOurs,
  isSameProcessAlive,
  readCmdline,
  readEnvVar,
  readExe,
  readStat,
  startTimeOf,
  stopSession
} from "./chunk-6UEGME2Z.js";
import {
  ensurePrivateDir,
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-Q56VBX5R.js";
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
  UsageError
} from "./chunk-V4C5BGZE.js";

// src/roundtrip/loaded-copy.ts
function storedCopyOf(bundle, generation) {
  return { generation, fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
}
function loadedCopyOf(copy) {
  const { generation, fingerprint, lastRefresh, seeded } = copy;
  return { generation, fingerprint, lastRefresh, seeded };
}

// src/codex/codex-home.ts
import { promises as fs2 } from "node:fs";
import os from "node:os";
import path2 from "node:path";

// src/codex/orphan-homes.ts
import { promises as fs, realpathSync } from "node:fs";
import path from "node:path";
var PRIVATE_HOME_PREFIX = "codex-auth-home-";
var OWNER_FILE = "codex-auth-owner.json";
var RECORD_VERSION = 2;
async function recordOwner(home, codex) {
  const record = {
    version: RECORD_VERSION,
    ownerPid: process.pid,
    ownerStart: startTimeOf(process.pid),
    codexPid: codex?.pid ?? null,
    codexStart: codex === null ? null : startTimeOf(codex.pid),
    codexCommand: codex?.command ?? null
  };
  await writePrivateFileAtomic(path.join(home, OWNER_FILE), JSON.stringify(record));
}
async function sweepOrphanedHomes(log, base) {
  if (!await isPrivateDir(base)) return 0;
  let removed = 0;
  for (const entry of await fs.readdir(base).catch(() => [])) {
    if (!entry.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = path.join(base, entry);
    if (!await isPrivateDir(home)) continue;
    const record = await readOwner(home);
    if (record === null || ownerAlive(record)) continue;
    if (!await stopOrphanedCodex(log, home, record)) continue;
    await fs.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}
async function isPrivateDir(dir) {
  const stat = await fs.lstat(dir).catch(() => null);
  if (stat === null || !stat.isDirectory()) return false;
  const uid = process.getuid?.();
  return (uid === void 0 || stat.uid === uid) && (stat.mode & 511) === 448;
}
function ownerAlive(record) {
  if (record.ownerStart !== null) return isSameProcessAlive(record.ownerPid, record.ownerStart);
  try {
    process.kill(record.ownerPid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function stopOrphanedCodex(log, home, record) {
  const { codexPid, codexStart } = record;
  if (codexPid === null || codexStart === null || !isSameProcessAlive(codexPid, codexStart)) {
    await stopSession(null, home);
    return true;
  }
  if (readStat(codexPid)?.state === "Z") {
    const stopped = await stopSession(null, home);
    log.warn(
      `Codex (pid ${codexPid}) of a codex-auth process that died (pid ${record.ownerPid}) had already exited; stopped ${stopped} process(es) it left running.`
    );
    return true;
  }
  if (!isHomesCodex(codexPid, home, record.codexCommand)) {
    log.warn(
      `left ${home} in place: pid ${codexPid} runs since Codex's recorded start, but is not provably that Codex; nothing was signalled.`
    );
    return false;
  }
  await stopSession(codexPid, home);
  log.warn(
    `stopped Codex (pid ${codexPid}) left running by a codex-auth process that died (pid ${record.ownerPid}).`
  );
  return true;
}
function isHomesCodex(pid, home, command) {
  if (command === null || !isOurs(pid)) return false;
  const codexHome = readEnvVar(pid, "CODEX_HOME");
  if (codexHome !== void 0 && codexHome !== home) return false;
  const argv = readCmdline(pid);
  if (argv[0] === command || argv[1] === command) return true;
  const exe = readExe(pid);
  return exe !== null && exe === realOrNull(command);
}
function realOrNull(file) {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
async function readOwner(home) {
  try {
    const text = await readPrivateFile(path.join(home, OWNER_FILE));
    if (text === null) return null;
    const parsed = JSON.parse(text);
    if (typeof parsed.ownerPid !== "number") return null;
    const text_ = (value) => typeof value === "string" ? value : null;
    const current = parsed.version === RECORD_VERSION;
    return {
      version: RECORD_VERSION,
      ownerPid: parsed.ownerPid,
      ownerStart: current ? text_(parsed.ownerStart) : null,
      codexPid: current && typeof parsed.codexPid === "number" ? parsed.codexPid : null,
      codexStart: current ? text_(parsed.codexStart) : null,
      codexCommand: current ? text_(parsed.codexCommand) : null
    };
  } catch {
    return null;
  }
}

// src/codex/codex-home.ts
var AUTH_FILE = "auth.json";
var CONFIG_FILE = "config.toml";
var AUTH_LEFTOVERS = [
  /^auth\.lock$/,
  /^auth\.json\.lock$/,
  /^\.auth-[A-Za-z0-9]+$/,
  /^\.auth\.json\.[0-9a-f]+\.tmp$/
];
function privateHomesBase(env = process.env) {
  const cache = env.XDG_CACHE_HOME && path2.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return path2.join(cache ?? path2.join(os.homedir(), ".cache"), "codex-auth", "homes");
}
async function createPrivateCodexHome(explicit, env = process.env) {
  if (explicit === void 0) {
    const base = privateHomesBase(env);
    await fs2.mkdir(base, { recursive: true, mode: 448 });
    await ensurePrivateDir(base);
    const dir2 = await fs2.mkdtemp(path2.join(base, PRIVATE_HOME_PREFIX));
    await ensurePrivateDir(dir2);
    return { dir: dir2, created: true, sealRoot: base };
  }
  const dir = path2.resolve(explicit);
  await refuseInsideWorkspace(dir, env);
  let existing = null;
  try {
    existing = await fs2.lstat(dir);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
  if (existing) {
    if (existing.isSymbolicLink() || !existing.isDirectory()) {
      throw new UsageError(
        `--codex-home ${dir} exists and is not a directory (or is a symbolic link); pass a new path.`
      );
    }
    if ((await fs2.readdir(dir)).length > 0) {
      throw new UsageError(
        `--codex-home ${dir} is not empty; pass an absent or empty directory (it must not hold another Codex login).`
      );
    }
  }
  await ensurePrivateDir(dir);
  return { dir, created: existing === null, sealRoot: dir };
}
async function refuseInsideWorkspace(dir, env) {
  const real = await realpathOfNearestExisting(dir);
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) {
    const realWorkspace = await realpathOfNearestExisting(path2.resolve(workspace));
    if (isInside(real, realWorkspace)) {
      throw new UsageError(
        `--codex-home ${dir} is inside GITHUB_WORKSPACE (${workspace}); the job's checkout could commit or read the plaintext auth.json there. Pass a directory outside it, e.g. under $RUNNER_TEMP.`
      );
    }
  }
  for (let parent = real; ; parent = path2.dirname(parent)) {
    if (await isGitDir(path2.join(parent, ".git"))) {
      throw new UsageError(
        `--codex-home ${dir} is inside the git work tree ${parent}; the checkout could commit or read the plaintext auth.json there. Pass a directory outside it.`
      );
    }
    if (path2.dirname(parent) === parent) break;
  }
}
async function realpathOfNearestExisting(target) {
  const missing = [];
  let current = target;
  for (; ; ) {
    try {
      return path2.join(await fs2.realpath(current), ...missing.reverse());
    } catch (error) {
      if (!isErrno(error, "ENOENT") && !isErrno(error, "ENOTDIR")) throw error;
      const parent = path2.dirname(current);
      if (parent === current) return target;
      missing.push(path2.basename(current));
      current = parent;
    }
  }
}
function isInside(child, parent) {
  const relative = path2.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path2.isAbsolute(relative);
}
async function isGitDir(candidate) {
  try {
    const stat = await fs2.lstat(candidate);
    if (stat.isDirectory()) return await fs2.lstat(path2.join(candidate, "HEAD")).catch(() => null) !== null;
    if (stat.isFile()) return (await fs2.readFile(candidate, "utf8")).startsWith("gitdir:");
    return false;
  } catch {
    return false;
  }
}
async function materialiseAuth(dir, raw) {
  await writePrivateFileAtomic(path2.join(dir, AUTH_FILE), raw);
}
async function writeCodexConfig(dir, tomlText) {
  await writePrivateFileAtomic(path2.join(dir, CONFIG_FILE), tomlText);
}
async function readAuth(dir) {
  return readPrivateFile(path2.join(dir, AUTH_FILE));
}
async function removeAuth(dir) {
  await removeFile(path2.join(dir, AUTH_FILE));
  let names;
  try {
    names = await fs2.readdir(dir);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return;
    throw error;
  }
  for (const name of names) {
    if (AUTH_LEFTOVERS.some((pattern) => pattern.test(name))) await removeFile(path2.join(dir, name));
  }
}
async function removeCodexHome(dir) {
  if (!path2.isAbsolute(dir) || path2.dirname(dir) === dir) {
    throw new Error(`refusing to remove ${JSON.stringify(dir)}: not an absolute, non-root directory`);
  }
  await fs2.rm(dir, { recursive: true, force: true });
}

// src/roundtrip/split-state.ts
import path3 from "node:path";
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
function splitStateOf(ctx, lockId, copy, restoredAt) {
  return {
    version: 1,
    stream: ctx.stream,
    store: ctx.store.kind,
    lockId,
    ...loadedCopyOf(copy),
    restoredAt: restoredAt.toISOString()
  };
}
function splitStatePath(codexHome) {
  return path3.join(codexHome, STATE_FILE);
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

// src/core/seed-text.ts
var BOM = "\uFEFF";
var BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
function normalizeSeedText(raw, origin, pathHint) {
  const text = stripBom(raw);
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `${origin} is empty: it must hold the content of an auth.json from \`codex login\` (for example the file ~/.codex/auth.json). Check that the file or secret was written.`
    );
  }
  if (trimmed.startsWith("{")) return { text, decodedFrom: null };
  if (looksLikePath(trimmed)) {
    throw new UsageError(
      `${origin} holds a path (${trimmed}), not the content of an auth.json: ${pathHint.replace("PATH", trimmed)}.`
    );
  }
  const compact = trimmed.replace(/\s+/g, "");
  if (compact.length >= 16 && BASE64.test(compact)) {
    const decoded = stripBom(Buffer.from(compact, "base64").toString("utf8"));
    if (decoded.trim().startsWith("{") && isJsonObject(decoded))
      return { text: decoded, decodedFrom: "base64" };
  }
  return { text, decodedFrom: null };
}
function looksLikePath(value) {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 4096 || /[\n{}"]/.test(trimmed)) return false;
  return /^(~|\.{1,2})?[/\\]/.test(trimmed) || /^[A-Za-z]:[/\\]/.test(trimmed) || /^\$\{?[A-Z_]+\}?[/\\]/.test(trimmed) || /^[^\s]+\.json$/i.test(trimmed);
}
function stripBom(text) {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
var SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
function futureRefreshWarning(bundle, origin, now) {
  const lastRefresh = bundle.auth.last_refresh;
  if (!lastRefresh) return null;
  const at = Date.parse(lastRefresh);
  if (!Number.isFinite(at) || at - now.getTime() <= SKEW_TOLERANCE_MS) return null;
  const minutes = Math.round((at - now.getTime()) / 6e4);
  return `${origin}: last_refresh (${lastRefresh}) is ${minutes} minutes ahead of this machine's clock (${now.toISOString()}). One of the clocks is wrong (check NTP on the machine that signed in and on this one); until it is fixed, Codex's scheduled refresh comes that much later.`;
}
function maskUnparsedSeed(redactor, value) {
  if (looksLikePath(value)) return;
  const json = stripBom(value).trimStart().startsWith("{");
  redactor.add([value, value.trim(), ...json ? [] : value.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []]);
}

export {
  normalizeSeedText,
  futureRefreshWarning,
  maskUnparsedSeed,
  storedCopyOf,
  loadedCopyOf,
  recordOwner,
  sweepOrphanedHomes,
  AUTH_FILE,
  privateHomesBase,
  createPrivateCodexHome,
  materialiseAuth,
  writeCodexConfig,
  readAuth,
  removeAuth,
  removeCodexHome,
  splitStateOf,
  splitStatePath,
  saveSplitState,
  loadSplitState,
  removeSplitState
};
