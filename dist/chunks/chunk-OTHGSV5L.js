#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/core/sandbox-mode.ts
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
function sandboxMode(value, where) {
  if (SANDBOX_MODES.includes(value)) return value;
  throw new UsageError(
    `${where} must be one of ${SANDBOX_MODES.join(", ")}, not ${JSON.stringify(value ?? "")}.`
  );
}

export {
  sandboxMode
};
