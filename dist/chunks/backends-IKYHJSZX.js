#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createBackends
} from "./chunk-Z2S5TCO7.js";
import "./chunk-UF2ICM77.js";
import "./chunk-BDWDOXSX.js";
import "./chunk-KH6VD4NL.js";
import "./chunk-WSZKSQR5.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  createBackends
};
