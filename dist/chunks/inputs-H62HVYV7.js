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
} from "./chunk-MIT27QZB.js";
import "./chunk-ABJGEG63.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-KUNUGZ7L.js";
import "./chunk-JRQGORCM.js";
import "./chunk-OVITESHP.js";
import "./chunk-PQT25EE2.js";
import "./chunk-JBLTFLGE.js";
import "./chunk-5QKIY3HD.js";
import "./chunk-L7GLC5T2.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-JOKJM2AJ.js";
import "./chunk-EINZNCXH.js";
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
