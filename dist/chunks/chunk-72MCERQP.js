#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  jobCodexHome,
  jobHomesDir
} from "./chunk-ACOLFB4Q.js";
import {
  getState,
  saveState
} from "./chunk-GP2XTTJE.js";

// src/action/state.ts
function saveActionState(state) {
  if (state.codexHome !== void 0) saveState("codex-home", state.codexHome);
  if (state.homeProof !== void 0) saveState("home-proof", state.homeProof);
  if (state.finished !== void 0) saveState("finished", String(state.finished));
}
function loadActionState() {
  const codexHome = getState("codex-home");
  const homeProof = getState("home-proof");
  return {
    ...codexHome ? { codexHome } : {},
    ...homeProof ? { homeProof } : {},
    finished: getState("finished") === "true"
  };
}

// src/action/job-home.ts
import { randomBytes, timingSafeEqual } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
var RECORD_SUFFIX = ".owner";
async function prepareJobHome(env, stream) {
  const home = jobCodexHome(env, stream);
  const proof = randomBytes(16).toString("hex");
  saveActionState({ codexHome: home, homeProof: proof });
  const base = jobHomesDir(env);
  await fs.mkdir(base, { recursive: true, mode: 448 });
  const stat = await fs.lstat(base);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${base} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== 448) await fs.chmod(base, 448);
  await fs.writeFile(recordPath(home), proof, { mode: 384, flag: "wx" });
  return home;
}
async function whyNotOurHome(home, proof, env) {
  const base = path.resolve(jobHomesDir(env));
  const resolved = path.resolve(home);
  if (path.dirname(resolved) !== base || !/^[A-Za-z0-9._-]+$/.test(path.basename(resolved))) {
    return `it is not a direct child of the Action's private homes directory ${base}`;
  }
  if (proof === void 0 || proof === "") return "the saved state carries no proof that this Action made it";
  const baseStat = await fs.lstat(base).catch(() => null);
  if (baseStat === null || baseStat.isSymbolicLink() || !ours(baseStat)) {
    return `${base} is missing, a symbolic link, or not owned by this user`;
  }
  const recordStat = await fs.lstat(recordPath(resolved)).catch(() => null);
  if (recordStat === null || !recordStat.isFile() || !ours(recordStat)) return "its owner record is missing";
  if (proof !== null) {
    const record = Buffer.from(await fs.readFile(recordPath(resolved), "utf8"));
    const wanted = Buffer.from(proof);
    if (record.length !== wanted.length || !timingSafeEqual(record, wanted)) {
      return "its owner record does not match the saved state";
    }
  }
  const stat = await fs.lstat(resolved).catch(() => null);
  if (stat === null) return null;
  if (stat.isSymbolicLink() || !stat.isDirectory()) return "it is a symbolic link or not a directory";
  if (!ours(stat) || (stat.mode & 511) !== 448) return "it is not owned by this user with mode 0700";
  return null;
}
async function removeHomeRecord(home) {
  await fs.rm(recordPath(path.resolve(home)), { force: true });
}
function recordPath(home) {
  return `${home}${RECORD_SUFFIX}`;
}
function ours(stat) {
  return process.getuid === void 0 || stat.uid === process.getuid();
}

export {
  saveActionState,
  loadActionState,
  prepareJobHome,
  whyNotOurHome,
  removeHomeRecord
};
