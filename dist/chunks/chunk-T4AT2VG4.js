#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persist,
  removeJobHome
} from "./chunk-4HHFL6CX.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  splitStatePath,
  whyNotOurHome
} from "./chunk-UEEPTXA7.js";
import {
  actionLogger
} from "./chunk-OJBEYJKB.js";

// src/app/finish-job.ts
import { promises as fs } from "node:fs";
async function finishJob(request, context) {
  const { codexHome } = request;
  const notOurs = await whyNotOurHome(codexHome, request.homeProof, request.env);
  if (notOurs !== null) {
    context.log.warn(
      `The saved state names ${codexHome} as this job's CODEX_HOME, but ${notOurs}: the post step left it alone (not removed, nothing persisted from it). If a step of this job wrote the runner's state file, check that step.`
    );
    return null;
  }
  let result = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      context.log.warn(
        `${request.why}: persisting what Codex left in ${codexHome} and releasing the lock now.`
      );
      result = await persist({ codexHome, removeJobHome: false }, await context.roundTrip());
    }
  } finally {
    await removeJobHome(codexHome);
  }
  return result;
}
async function exists(file) {
  return fs.access(file).then(() => true).catch(() => false);
}

// src/action/finish.ts
async function finishAndClean(state, env, why) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  return finishJob(
    { codexHome: state.codexHome, homeProof: state.homeProof, why, env },
    {
      log: actionLogger,
      // The stream's inputs are read only for a rescue: a post step after a finished main needs no store.
      roundTrip: () => createActionContext(readStreamSettings(env, secrets), secrets, env)
    }
  );
}

export {
  finishAndClean
};
