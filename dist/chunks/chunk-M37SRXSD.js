#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunk-TW2UAB42.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings
} from "./chunk-CO3E2R4L.js";
import {
  removeCodexHome,
  splitStatePath,
  warning
} from "./chunk-G55YFJXV.js";

// src/action/finish.ts
import { promises as fs } from "node:fs";
async function finishAndClean(codexHome, env, why) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  let result = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      warning(`${why}: persisting what Codex left in ${codexHome} and releasing the lock now.`);
      const ctx = createActionContext(readStreamSettings(env, secrets), secrets, env);
      result = await persistStream(ctx, codexHome);
    }
  } finally {
    await removeCodexHome(codexHome);
  }
  return result;
}
async function exists(file) {
  return fs.access(file).then(() => true).catch(() => false);
}

export {
  finishAndClean
};
