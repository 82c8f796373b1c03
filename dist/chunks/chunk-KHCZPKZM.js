#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runCodex
} from "./chunk-4K5XSMT3.js";
import {
  createBackends
} from "./chunk-QZ6GSQOM.js";
import {
  parseKey
} from "./chunk-A7DRJN3A.js";
import {
  debug,
  info,
  setSecret,
  warning
} from "./chunk-EYVVJBUX.js";
import {
  Redactor
} from "./chunk-OIVYCDER.js";
import {
  describeWriter
} from "./chunk-QSVIKI3B.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";

// src/action/action-context.ts
var runnerMasks = new class extends Redactor {
  add(values) {
    for (const value of values) if (value.length >= 8) setSecret(value);
    super.add(values);
  }
}();
var actionLogger = {
  info: (message) => info(runnerMasks.redact(message)),
  warn: (message) => warning(runnerMasks.redact(message)),
  debug: (message) => debug(runnerMasks.redact(message))
};
async function createActionContext(settings, secrets, env) {
  const backends = await createBackends(settings.store, settings.lock, env, actionLogger);
  return {
    stream: settings.store.stream,
    ...backends,
    key: parseKey(secrets.key || void 0, `input key (${KEY_ENV})`),
    runCodex,
    log: actionLogger,
    secrets: runnerMasks,
    writer: describeWriter(env),
    now: () => /* @__PURE__ */ new Date()
  };
}

export {
  runnerMasks,
  actionLogger,
  createActionContext
};
