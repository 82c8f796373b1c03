#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  SEED_ENV
} from "./chunk-G4TKJDY6.js";
import {
  maskUnparsedSeed
} from "./chunk-PU5KTUZ5.js";
import {
  MAX_AUTH_JSON_BYTES,
  MAX_CONFIG_BYTES,
  readInputFile
} from "./chunk-27JTPA2S.js";

// src/cli/seed-source.ts
async function readSeedSource(file, env, redactor, envIsSeed = true, flag = "--seed-file", log) {
  const pathHint = `pass the file with ${flag} PATH instead (${SEED_ENV} must hold the file's content)`;
  if (file) {
    const raw = await readAuthFileArgument(file, flag, log);
    return { raw, origin: file, pathHint: `pass ${flag} with the auth.json itself` };
  }
  if (!envIsSeed) return void 0;
  const fromEnv = env[SEED_ENV];
  if (fromEnv && fromEnv.trim() !== "") {
    maskUnparsedSeed(redactor, fromEnv);
    return { raw: fromEnv, origin: SEED_ENV, pathHint };
  }
  if (fromEnv !== void 0) {
    log?.warn(`${SEED_ENV} is set but empty, so no seed was given: check the secret's name and scope.`);
  }
  return void 0;
}
async function readAuthFileArgument(file, flag, log) {
  return readInputFile(file, {
    flag,
    what: "an auth.json",
    maxBytes: MAX_AUTH_JSON_BYTES,
    ...log ? { onOpenToOthers: (message) => log.warn(message) } : {}
  });
}
async function readConfigFileArgument(file, flag) {
  return readInputFile(file, { flag, what: "a Codex config.toml", maxBytes: MAX_CONFIG_BYTES });
}

export {
  readSeedSource,
  readAuthFileArgument,
  readConfigFileArgument
};
