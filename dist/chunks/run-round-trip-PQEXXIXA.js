#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROCESS_LEASE_MS,
  releaseLock,
  runRoundTrip
} from "./chunk-DAQPASZN.js";
import "./chunk-ZLOALNCE.js";
import "./chunk-4GGFQ26H.js";
import "./chunk-GYIPTURG.js";
import "./chunk-EPBMPH63.js";
import "./chunk-WTV45NIT.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-EUK65H27.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  PROCESS_LEASE_MS,
  releaseLock,
  runRoundTrip
};
