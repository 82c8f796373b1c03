#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROACTIVE_EXPIRY_WINDOW_MS,
  SCHEDULED_REFRESH_AFTER_MS,
  inspectBundle,
  redactEmail
} from "./chunk-XIAVRHVS.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  PROACTIVE_EXPIRY_WINDOW_MS,
  SCHEDULED_REFRESH_AFTER_MS,
  inspectBundle,
  redactEmail
};
