#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert
} from "./chunk-ZAWPDDCI.js";
import "./chunk-RNFTHGOL.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert
};
