#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  _positive,
  boolean,
  int,
  literal,
  nullable,
  object,
  string
} from "./chunk-Z554JWHF.js";
import {
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/roundtrip/split-state.ts
import path from "node:path";
var STATE_FILE = "codex-auth-state.json";
var splitStateSchema = object({
  version: literal(1),
  stream: string(),
  store: string(),
  lockId: nullable(string()),
  generation: int().check(_positive()),
  fingerprint: string(),
  lastRefresh: nullable(string()),
  seeded: boolean(),
  restoredAt: string()
});
function splitStatePath(codexHome) {
  return path.join(codexHome, STATE_FILE);
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
  const parsed = splitStateSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new UsageError(
      `${splitStatePath(codexHome)} is damaged; release the lock with \`codex-auth unlock --force\`.`
    );
  }
  return parsed.data;
}
async function removeSplitState(codexHome) {
  await removeFile(splitStatePath(codexHome));
}

export {
  splitStatePath,
  saveSplitState,
  loadSplitState,
  removeSplitState
};
