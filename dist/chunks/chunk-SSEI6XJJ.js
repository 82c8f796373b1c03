#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-V4C5BGZE.js";

// src/codex/native-codex.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
var MANAGED_BY = [
  "CODEX_MANAGED_BY_NPM",
  "CODEX_MANAGED_BY_BUN",
  "CODEX_MANAGED_BY_PNPM",
  "CODEX_MANAGED_BY_VITE_PLUS"
];
function launcherEnv(native, env) {
  const out = { ...env, CODEX_MANAGED_PACKAGE_ROOT: native.packageRoot };
  for (const name of MANAGED_BY) delete out[name];
  out.CODEX_MANAGED_BY_NPM = "1";
  return out;
}
var TRIPLES = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl"
};
var found = /* @__PURE__ */ new Map();
function findNativeCodex(codexPath) {
  let native = found.get(codexPath);
  if (native === void 0) {
    native = lookUpNativeCodex(codexPath);
    found.set(codexPath, native);
  }
  return native;
}
function lookUpNativeCodex(codexPath) {
  try {
    const launcher = realpathSync(codexPath);
    if (path.basename(launcher) !== "codex.js") return null;
    const packageRoot = realpathSync(path.dirname(path.dirname(launcher)));
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8"));
    if (manifest.name !== "@openai/codex" || typeof manifest.version !== "string") return null;
    const platform = `${process.platform}-${process.arch}`;
    const triple = TRIPLES[platform];
    if (triple === void 0) return null;
    const require2 = createRequire(path.join(packageRoot, "package.json"));
    const platformRoot = path.dirname(require2.resolve(`@openai/codex-${platform}/package.json`));
    const vendorDir = path.join(platformRoot, "vendor", triple);
    for (const candidate of [path.join(vendorDir, "bin", "codex"), path.join(vendorDir, "codex", "codex")]) {
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        return { binary: candidate, version: manifest.version, vendorDir, packageRoot };
      }
    }
    return null;
  } catch {
    return null;
  }
}

// src/codex/resolve-codex.ts
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import path2 from "node:path";

// src/codex/verified-versions.ts
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];

// src/codex/resolve-codex.ts
var INSTALL_HINT = `pass --codex PATH, or install it with \`npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}\``;
async function resolveCodex(explicit, env) {
  if (explicit !== void 0) {
    const candidate = path2.resolve(explicit);
    const problem = await executableProblem(candidate);
    if (problem) throw new UsageError(`--codex PATH: ${candidate} ${problem}; ${INSTALL_HINT}.`);
    return candidate;
  }
  for (const candidate of pathCandidates(env)) {
    if (await executableProblem(candidate) === null) return candidate;
  }
  throw new UsageError(`the codex executable was not found on PATH; ${INSTALL_HINT}.`);
}
function pathCandidates(env) {
  const entries = (env.PATH ?? env.Path ?? "").split(path2.delimiter).filter((entry) => path2.isAbsolute(entry));
  const names = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").map((ext) => `codex${ext.toLowerCase()}`) : ["codex"];
  return entries.flatMap((entry) => names.map((name) => path2.join(entry, name)));
}
async function executableProblem(file) {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return "does not exist";
  }
  if (!stat.isFile()) return "is not a file";
  try {
    await fs.access(file, constants.X_OK);
  } catch {
    return "is not executable";
  }
  return null;
}
async function readCodexVersion(codexPath, env = process.env) {
  return (await identifyCodex(codexPath, env)).version;
}
async function identifyCodex(codexPath, env = process.env) {
  const native = findNativeCodex(codexPath);
  if (native) return { version: native.version, notCodex: null };
  return new Promise((resolve) => {
    execFile(codexPath, ["--version"], { env, timeout: 15e3 }, (error, stdout, stderr) => {
      const printed = firstLine(stdout) ?? firstLine(stderr);
      const version = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1] ?? null;
      if (!error && version !== null) return resolve({ version, notCodex: null });
      const exit = error ? error.killed ? "did not answer within 15 s" : `exited with ${typeof error.code === "number" ? `code ${error.code}` : String(error.code ?? error.signal)}` : "exited 0";
      resolve({
        version: null,
        notCodex: `\`${codexPath} --version\` ${exit} and printed ${printed === null ? "nothing" : `"${printed}"`}, where the Codex CLI prints "codex-cli <version>"`
      });
    });
  });
}
function firstLine(text) {
  const line = text.split("\n").find((l) => l.trim() !== "")?.replace(/[\u0000-\u001f\u007f]/g, "");
  if (line === void 0) return null;
  return line.length > 80 ? `${line.slice(0, 80)}...` : line.trim();
}

// src/codex/processes.ts
import { readdirSync, readFileSync as readFileSync2, readlinkSync, statSync as statSync2 } from "node:fs";
function readStat(pid) {
  let text;
  try {
    text = readFileSync2(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const [state, ppid, pgid, sid, startTime] = [fields[0], fields[1], fields[2], fields[3], fields[19]];
  if (state === void 0 || ppid === void 0 || pgid === void 0 || sid === void 0) return null;
  if (startTime === void 0) return null;
  return { pid, state, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), startTime };
}
function startTimeOf(pid) {
  return readStat(pid)?.startTime ?? null;
}
function isSameProcessAlive(pid, startTime) {
  return startTimeOf(pid) === startTime;
}
function readCmdline(pid) {
  try {
    return readFileSync2(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, -1);
  } catch {
    return [];
  }
}
function readEnvVar(pid, name) {
  let text;
  try {
    text = readFileSync2(`/proc/${pid}/environ`, "utf8");
  } catch {
    return void 0;
  }
  const prefix = `${name}=`;
  for (const entry of text.split("\0")) if (entry.startsWith(prefix)) return entry.slice(prefix.length);
  return null;
}
function readExe(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
  } catch {
    return null;
  }
}
function uidOf(pid) {
  try {
    return statSync2(`/proc/${pid}`).uid;
  } catch {
    return null;
  }
}
function listPids() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  return names.filter((name) => /^[0-9]+$/.test(name)).map(Number);
}
function isOurs(pid) {
  const uid = uidOf(pid);
  return uid !== null && uid === (process.getuid?.() ?? -1);
}

// src/codex/stop-session.ts
var POLL_MS = 20;
function runMembers(sid, home) {
  const members = [];
  for (const pid of listPids()) {
    if (pid === process.pid) continue;
    const stat = readStat(pid);
    if (stat === null || stat.state === "Z") continue;
    if (stat.sid === sid || home !== null && isOurs(pid) && readEnvVar(pid, "CODEX_HOME") === home) {
      members.push(pid);
    }
  }
  return members;
}
async function stopSession(leader, home = null, timeoutMs = 2e3) {
  if (leader !== null && readStat(process.pid)?.sid === leader) return 0;
  try {
    if (leader !== null) process.kill(-leader, "SIGKILL");
  } catch {
  }
  let signalled = 0;
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    const members = runMembers(leader, home);
    if (members.length === 0 || Date.now() > deadline) return signalled;
    for (const pid of members) {
      try {
        process.kill(pid, "SIGKILL");
        signalled += 1;
      } catch {
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export {
  launcherEnv,
  findNativeCodex,
  VERIFIED_CODEX_VERSIONS,
  resolveCodex,
  readCodexVersion,
  identifyCodex,
  readStat,
  startTimeOf,
  isSameProcessAlive,
  readCmdline,
  readEnvVar,
  readExe,
  uidOf,
  listPids,
  isOurs,
  stopSession
};
