#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  DEFAULT_CODEX_VERSION,
  parseCodexArgs,
  readActionSettings,
  readBoolean,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-UHFTKGOZ.js";
import "./chunk-EQ272HND.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-YK663KJU.js";
import "./chunk-OGX6INNE.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-TZMLPVJV.js";
import "./chunk-QMFLO4ZD.js";
import "./chunk-DQAX4442.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-X5N6Q7YB.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  DEFAULT_CODEX_VERSION,
  parseCodexArgs,
  readActionSettings,
  readBoolean,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
};
