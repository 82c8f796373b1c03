#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert
} from "./chunk-W4WVEKP7.js";
import "./chunk-GFVZWYEL.js";
import "./chunk-ZFGQ5PT4.js";
import "./chunk-DZ5XX4ZY.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert
};
