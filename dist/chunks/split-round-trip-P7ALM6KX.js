#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-SKKGC7EF.js";
import "./chunk-S7G63SAM.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-P3R7BVFE.js";
import "./chunk-E23NC7MH.js";
import "./chunk-QPSYYNYM.js";
import "./chunk-FBIOMMMX.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-IHANQPID.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-ZFGQ5PT4.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
