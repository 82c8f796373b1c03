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
} from "./chunk-ILKYZM45.js";
import "./chunk-O3GMTOAH.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-OPBAR4RW.js";
import "./chunk-EDI6SDEY.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-PELD74GZ.js";
import "./chunk-ER7JQW37.js";
import "./chunk-ZPSJA46B.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-ZIF5URXC.js";
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
