#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  actionLogger,
  createActionContext,
  runnerMasks
} from "./chunk-L6Q2XOPL.js";
import "./chunk-YNDTUR7L.js";
import "./chunk-CIDBP2ZF.js";
import "./chunk-EUNAYYPH.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-YCUPB3DU.js";
import "./chunk-BGMYLJLW.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-D6X7CSPK.js";
import "./chunk-UKYCNE7M.js";
import "./chunk-MF5IORL2.js";
import "./chunk-V2UB7CIZ.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-GPR62DEP.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  actionLogger,
  createActionContext,
  runnerMasks
};
