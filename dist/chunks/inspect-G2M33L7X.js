#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROACTIVE_EXPIRY_WINDOW_MS,
  SCHEDULED_REFRESH_AFTER_MS,
  inspectBundle,
  redactEmail
} from "./chunk-4GGFQ26H.js";
import "./chunk-EPBMPH63.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  PROACTIVE_EXPIRY_WINDOW_MS,
  SCHEDULED_REFRESH_AFTER_MS,
  inspectBundle,
  redactEmail
};
