#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-Y3IZMM6X.js";
import "./chunk-E2H2VHQV.js";
import "./chunk-PD5UZF6M.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-RHHV2IKF.js";
import "./chunk-PLCWXD5G.js";
import "./chunk-VDYQEXDP.js";
import "./chunk-PLEOC4NK.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-RZWJ4HE4.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-HKABORLE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
