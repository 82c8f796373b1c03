#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-W6QAQDZA.js";
import "./chunk-XDSNNCV6.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-A46O5SZ7.js";
import "./chunk-PLCWXD5G.js";
import "./chunk-GUX2JB6N.js";
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
