#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-A5JAGZ5P.js";
import "./chunk-IC3YXZME.js";
import "./chunk-SH6FB6NS.js";
import "./chunk-B45VUE4X.js";
import "./chunk-2PSMXHHV.js";
import "./chunk-SSEI6XJJ.js";
import "./chunk-OVITESHP.js";
import "./chunk-PQT25EE2.js";
import "./chunk-AKZEFLNV.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-7QS3OWB4.js";
import "./chunk-QCQITM44.js";
import "./chunk-OL3J67ZD.js";
import "./chunk-VMHUWGWS.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-GP2XTTJE.js";
import "./chunk-J67BYCQ5.js";
export {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
