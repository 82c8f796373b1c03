#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert
} from "./chunk-4MM4Y3SJ.js";
import "./chunk-UKYCNE7M.js";
import "./chunk-GPR62DEP.js";
import "./chunk-DZ5XX4ZY.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert
};
