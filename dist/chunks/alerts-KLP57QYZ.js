#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert,
  syncAlerts
} from "./chunk-D5XTQKEB.js";
import "./chunk-7ZM447HQ.js";
import "./chunk-6DHBGNWT.js";
import "./chunk-53B7ORU2.js";
import "./chunk-DZ5XX4ZY.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert,
  syncAlerts
};
