#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runCodex
} from "./chunk-GXJNN65B.js";
import "./chunk-YRXWNNAZ.js";
import {
  createBackends
} from "./chunk-REG6GF25.js";
import {
  parseKey
} from "./chunk-UNPX5PW2.js";
import {
  describeWriter
} from "./chunk-QSVIKI3B.js";
import "./chunk-ZRHYAIJ2.js";
import "./chunk-ONUVPJLT.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";
import "./chunk-MM24DVJB.js";
import "./chunk-6RQQHR7T.js";
import "./chunk-RNFTHGOL.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/cli-context.ts
async function createCliContext(flags, env, log, redactor) {
  const keyText = env[KEY_ENV];
  if (keyText) redactor.add([keyText, keyText.trim()]);
  if (flags.store.github) redactor.add([flags.store.github.token]);
  if (flags.store.secret?.currentValue) redactor.add([flags.store.secret.currentValue]);
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
