#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  DEFAULT_CODEX_VERSION,
  parseCodexArgs,
  readActionSettings,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-6QLVJIBN.js";
import "./chunk-ZEBWQHRB.js";
import "./chunk-ABJGEG63.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-IVU7YTVI.js";
import "./chunk-B45VUE4X.js";
import "./chunk-YYUIABWZ.js";
import "./chunk-SSEI6XJJ.js";
import "./chunk-OVITESHP.js";
import "./chunk-PQT25EE2.js";
import "./chunk-JBLTFLGE.js";
import "./chunk-5QKIY3HD.js";
import "./chunk-6RGMQ3H4.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-LSYKLU52.js";
import "./chunk-QCQITM44.js";
import "./chunk-27RNYUPI.js";
import "./chunk-VMHUWGWS.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-GP2XTTJE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  DEFAULT_CODEX_VERSION,
  parseCodexArgs,
  readActionSettings,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
};
