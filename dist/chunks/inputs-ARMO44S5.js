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
} from "./chunk-N4A2WMSV.js";
import "./chunk-YZFL4L6Z.js";
import "./chunk-JTL7EAL7.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-CBJWJQWG.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-VMHUWGWS.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-V4C5BGZE.js";
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
