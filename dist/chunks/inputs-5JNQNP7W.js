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
} from "./chunk-SLTLSQ4D.js";
import "./chunk-WKKK4JYS.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-EUNAYYPH.js";
import "./chunk-YCUPB3DU.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-D6X7CSPK.js";
import "./chunk-PV43NZUB.js";
import "./chunk-UKYCNE7M.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-GPR62DEP.js";
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
