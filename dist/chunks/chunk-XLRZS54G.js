#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/codex/resolve-codex.ts
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import path from "node:path";
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];
var INSTALL_HINT = `pass --codex PATH, or install it with \`npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}\``;
async function resolveCodex(explicit, env) {
  if (explicit !== void 0) {
    const candidate = path.resolve(explicit);
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
  const entries = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter((entry) => path.isAbsolute(entry));
  const names = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").map((ext) => `codex${ext.toLowerCase()}`) : ["codex"];
  return entries.flatMap((entry) => names.map((name) => path.join(entry, name)));
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
  return new Promise((resolve) => {
    execFile(codexPath, ["--version"], { env, timeout: 15e3 }, (error, stdout) => {
      if (error) return resolve(null);
      resolve(/(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1] ?? null);
    });
  });
}

export {
  VERIFIED_CODEX_VERSIONS,
  resolveCodex,
  readCodexVersion
};
