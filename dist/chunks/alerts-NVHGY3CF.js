#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  ALERT_LABEL,
  alertTitle,
  syncAlert,
  syncAlerts
} from "./chunk-VYG3ERHZ.js";
import "./chunk-7ZM447HQ.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-J67BYCQ5.js";
export {
  ALERT_LABEL,
  alertTitle,
  syncAlert,
  syncAlerts
};
