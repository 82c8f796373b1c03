#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-JCUN2DPB.js";
import "./chunk-RUIPKGJZ.js";
import "./chunk-PD5UZF6M.js";
import "./chunk-AW5FAQYP.js";
import "./chunk-4ISNCFAF.js";
import "./chunk-4CI2ILPJ.js";
import "./chunk-YK663KJU.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-OGX6INNE.js";
import "./chunk-B4PXWS7N.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-TZMLPVJV.js";
import "./chunk-DQAX4442.js";
import "./chunk-C72APL46.js";
import "./chunk-BP3KPCEJ.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-X5N6Q7YB.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
