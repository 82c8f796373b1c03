#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createBackends
} from "./chunk-REG6GF25.js";
import "./chunk-ZRHYAIJ2.js";
import "./chunk-MM24DVJB.js";
import "./chunk-6RQQHR7T.js";
import "./chunk-RNFTHGOL.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  createBackends
};
