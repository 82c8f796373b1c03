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
} from "./chunk-VORFJQI6.js";
import "./chunk-PLCWXD5G.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-CSSOBUSU.js";
import "./chunk-UR4U65OI.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-EFVUH4WY.js";
import "./chunk-TZJQPSBZ.js";
import "./chunk-E3I54VE6.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-HKABORLE.js";
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
