#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-OLADICZB.js";
import "./chunk-TMRMUSFC.js";
import "./chunk-KK3UJJQS.js";
import "./chunk-OVITESHP.js";
import "./chunk-PQT25EE2.js";
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
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
