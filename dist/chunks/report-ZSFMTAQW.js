#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-6UQNYTGL.js";
import "./chunk-RUIPKGJZ.js";
import "./chunk-PD5UZF6M.js";
import "./chunk-MNXOTCXD.js";
import "./chunk-VDYQEXDP.js";
import "./chunk-CSH6KCUT.js";
import "./chunk-CSSOBUSU.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-UR4U65OI.js";
import "./chunk-JR5GKABG.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-EFVUH4WY.js";
import "./chunk-E3I54VE6.js";
import "./chunk-24DIYJ2P.js";
import "./chunk-PLEOC4NK.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-HKABORLE.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
