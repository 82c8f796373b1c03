#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runCodex
} from "./chunk-I5GMXUOT.js";
import {
  describeWriter
} from "./chunk-QSVIKI3B.js";
import {
  parseKey
} from "./chunk-MNXCFRYD.js";
import {
  maskUnparsedSeed
} from "./chunk-PU5KTUZ5.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";

// src/cli/cli-context.ts
async function createCliContext(flags, env, log, redactor) {
  const keyText = env[KEY_ENV];
  if (keyText) redactor.add([keyText, keyText.trim()]);
  if (flags.store.github) redactor.add([flags.store.github.token]);
  if (flags.store.secret?.currentValue) maskUnparsedSeed(redactor, flags.store.secret.currentValue);
  const key = parseKey(keyText);
  return {
    stream: flags.store.stream,
    ...await createBackends(flags.store, flags.lock, env, log),
    key,
    runCodex,
    log,
    secrets: redactor,
    writer: describeWriter(env),
    now: () => /* @__PURE__ */ new Date()
  };
}

export {
  createCliContext
};
