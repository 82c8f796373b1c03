#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ensurePrivateDir,
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/codex/orphan-homes.ts
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var PRIVATE_HOME_PREFIX = "codex-auth-home-";
var OWNER_FILE = "codex-auth-owner.json";
async function recordOwner(home, record) {
  await writePrivateFileAtomic(path.join(home, OWNER_FILE), JSON.stringify(record));
}
async function sweepOrphanedHomes(log, dirs = [os.tmpdir()]) {
  let removed = 0;
  for (const dir of dirs) removed += await sweepDir(log, dir);
  return removed;
}
async function sweepDir(log, tempDir) {
  let removed = 0;
  const entries = await fs.readdir(tempDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = path.join(tempDir, entry.name);
    const record = await readOwner(home);
    if (!record || isAlive(record.ownerPid)) continue;
    if (record.codexPid !== null && isAlive(record.codexPid)) {
      try {
        process.kill(-record.codexPid, "SIGTERM");
      } catch {
      }
      log.warn(
        `stopped Codex (pid ${record.codexPid}) left running by a codex-auth process that died (pid ${record.ownerPid}).`
      );
    }
    await fs.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}
async function readOwner(home) {
  try {
    const text = await readPrivateFile(path.join(home, OWNER_FILE));
    if (text === null) return null;
    const parsed = JSON.parse(text);
    if (typeof parsed.ownerPid !== "number") return null;
    return {
      ownerPid: parsed.ownerPid,
      codexPid: typeof parsed.codexPid === "number" ? parsed.codexPid : null
    };
  } catch {
    return null;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/codex/codex-home.ts
import { promises as fs2 } from "node:fs";
import os2 from "node:os";
import path2 from "node:path";
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
  return path2.join(cache ?? path2.join(os2.homedir(), ".cache"), "codex-auth", "homes");
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

export {
  recordOwner,
  sweepOrphanedHomes,
  AUTH_FILE,
  privateHomesBase,
  createPrivateCodexHome,
  materialiseAuth,
  writeCodexConfig,
  readAuth,
  removeAuth,
  removeCodexHome
};
