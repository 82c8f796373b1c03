#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  actionLogger,
  createActionContext,
  logCodexLines,
  runnerMasks
} from "./chunk-6J6WE5VK.js";
import "./chunk-QQHIARQO.js";
import "./chunk-ORVGXUZE.js";
import "./chunk-JSWSABV6.js";
import "./chunk-AIBTV52M.js";
import "./chunk-U3UU3URN.js";
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
