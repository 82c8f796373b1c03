#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  actionLogger,
  createActionContext,
  logCodexLines,
  runnerMasks
} from "./chunk-QF2CR2FV.js";
import "./chunk-ORVGXUZE.js";
import "./chunk-ZM3T36UT.js";
import "./chunk-QQHIARQO.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-AIBTV52M.js";
import "./chunk-PMVKFX55.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-WYVJKUWD.js";
import "./chunk-6DHBGNWT.js";
import "./chunk-QQC6BMSK.js";
import "./chunk-ETTTSFZM.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-53B7ORU2.js";
import "./chunk-GP2XTTJE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  actionLogger,
  createActionContext,
  logCodexLines,
  runnerMasks
};
