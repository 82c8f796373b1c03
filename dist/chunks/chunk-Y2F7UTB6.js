#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunk-72MCERQP.js";
import {
  maskSecretInputs
} from "./chunk-ACOLFB4Q.js";
import {
  readSecretInputs
} from "./chunk-DVAYRWER.js";
import {
  removeCodexHome,
  splitStatePath
} from "./chunk-YX4J4FQJ.js";
import {
  warning
} from "./chunk-GP2XTTJE.js";

// src/action/finish.ts
import { promises as fs } from "node:fs";
async function finishAndClean(state, env, why) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const { codexHome } = state;
  const notOurs = await whyNotOurHome(codexHome, state.homeProof, env);
  if (notOurs !== null) {
    warning(
      `The saved state names ${codexHome} as this job's CODEX_HOME, but ${notOurs}: the post step left it alone (not removed, nothing persisted from it). If a step of this job wrote the runner's state file, check that step.`
    );
    return null;
  }
  let result = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      warning(`${why}: persisting what Codex left in ${codexHome} and releasing the lock now.`);
      const [{ persistStream }, { createActionContext }, { readStreamSettings }] = await Promise.all([
        import("./split-round-trip-D3WAJH4X.js"),
        import("./action-context-TN52TVN3.js"),
        import("./inputs-T6LPN3BO.js")
      ]);
      const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
      result = await persistStream(ctx, codexHome);
    }
  } finally {
    await removeCodexHome(codexHome);
    await removeHomeRecord(codexHome);
  }
  return result;
}
async function exists(file) {
  return fs.access(file).then(() => true).catch(() => false);
}

export {
  finishAndClean
};
