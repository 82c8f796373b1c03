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
} from "./chunk-RX2AOOXR.js";
import "./chunk-VMRFJ2D4.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-CRLPSG6N.js";
import "./chunk-NOKRVJGV.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-5JJLJS4J.js";
import "./chunk-II5M2ZT6.js";
import "./chunk-GFVZWYEL.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-ZFGQ5PT4.js";
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
