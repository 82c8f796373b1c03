#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert
} from "./chunk-3XQ4GGUF.js";
import "./chunk-E3I54VE6.js";
import "./chunk-HKABORLE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert
};
