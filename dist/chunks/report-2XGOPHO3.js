#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
} from "./chunk-HJ3WQRLW.js";
import "./chunk-RUIPKGJZ.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-NQECC4KP.js";
import "./chunk-G6Q6C4QY.js";
import "./chunk-EIDAXP42.js";
import "./chunk-OPBAR4RW.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-EDI6SDEY.js";
import "./chunk-W5LKU2P6.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-PELD74GZ.js";
import "./chunk-ZPSJA46B.js";
import "./chunk-MMQOEJFE.js";
import "./chunk-UK6APPUX.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-ZIF5URXC.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  addUsageSummary,
  setRoundTripOutputs,
  usageOutputs,
  writeSummary
};
