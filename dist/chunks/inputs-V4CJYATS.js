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
} from "./chunk-HQM4RCGJ.js";
import "./chunk-H3YLSNVV.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-TPJRLEMN.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-OTHGSV5L.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-FP6FQLO4.js";
import "./chunk-J5IH24H5.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-27JTPA2S.js";
import "./chunk-C5ZNOPJA.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-EUK65H27.js";
import "./chunk-HPAV43AD.js";
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
