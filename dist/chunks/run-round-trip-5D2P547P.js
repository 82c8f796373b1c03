#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROCESS_LEASE_MS,
  releaseLock,
  runRoundTrip
} from "./chunk-3GS72KRZ.js";
import "./chunk-X74BUGNI.js";
import "./chunk-SEY2OIF2.js";
import "./chunk-GYIPTURG.js";
import "./chunk-EFADI4GH.js";
import "./chunk-I7ARDCG6.js";
import "./chunk-Z554JWHF.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-6D27KUCH.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  PROCESS_LEASE_MS,
  releaseLock,
  runRoundTrip
};
