#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-NCVEIALL.js";
import "./chunk-RUIPKGJZ.js";
import "./chunk-PD5UZF6M.js";
import "./chunk-KOSZJBRL.js";
import "./chunk-6UEGME2Z.js";
import "./chunk-CBJWJQWG.js";
import "./chunk-F5ZJYPQG.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-NSJHP72U.js";
import "./chunk-QCQITM44.js";
import "./chunk-27RNYUPI.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-VMHUWGWS.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
