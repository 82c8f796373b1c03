#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/stores/state-dir.ts
import os from "node:os";
import path from "node:path";
var STATE_DIR_ENV = "CODEX_AUTH_STATE_DIR";
function defaultStateDir(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? path.resolve(fromEnv) : path.join(os.homedir(), ".codex-auth");
}
function streamDir(stateDir, stream) {
  return path.join(stateDir, stream);
}
function defaultStateDirSource(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? STATE_DIR_ENV : "the default state directory";
}

export {
  STATE_DIR_ENV,
  defaultStateDir,
  streamDir,
  defaultStateDirSource
};
