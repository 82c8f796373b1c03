#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZIF5URXC.js";

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

// src/codex/verified-versions.ts
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];

// src/codex/resolve-codex.ts
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import path2 from "node:path";
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
  const native = findNativeCodex(codexPath);
  if (native) return native.version;
  return new Promise((resolve) => {
    execFile(codexPath, ["--version"], { env, timeout: 15e3 }, (error, stdout) => {
      if (error) return resolve(null);
      resolve(/(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1] ?? null);
    });
  });
}

export {
  launcherEnv,
  findNativeCodex,
  VERIFIED_CODEX_VERSIONS,
  resolveCodex,
  readCodexVersion
};
