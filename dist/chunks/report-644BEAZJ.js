#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-WFJCS6CP.js";
import "./chunk-MTVXNZYQ.js";
import "./chunk-FTFAKXYK.js";
import "./chunk-OVITESHP.js";
import "./chunk-PQT25EE2.js";
import "./chunk-IE4YYKEB.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-JHQQ5WVU.js";
import "./chunk-4QR5ZCXV.js";
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
