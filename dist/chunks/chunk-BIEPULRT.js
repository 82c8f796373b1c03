#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  maskSecretInputs
} from "./chunk-6BACY76C.js";
import {
  removeCodexHome,
  splitStatePath
} from "./chunk-RHHV2IKF.js";
import {
  readSecretInputs
} from "./chunk-VORFJQI6.js";
import {
  warning
} from "./chunk-EYVVJBUX.js";

// src/action/finish.ts
import { promises as fs } from "node:fs";
async function finishAndClean(codexHome, env, why) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  let result = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      warning(`${why}: persisting what Codex left in ${codexHome} and releasing the lock now.`);
      const [{ persistStream }, { createActionContext }, { readStreamSettings }] = await Promise.all([
        import("./split-round-trip-6Y7NTZTV.js"),
        import("./action-context-QTNAY2WW.js"),
        import("./inputs-MEBCNQTM.js")
      ]);
      const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
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
