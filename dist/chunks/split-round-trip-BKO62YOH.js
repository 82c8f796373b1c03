#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-VKLO6VSU.js";
import "./chunk-ZEBWQHRB.js";
import "./chunk-B45VUE4X.js";
import "./chunk-SSEI6XJJ.js";
import "./chunk-JBLTFLGE.js";
import "./chunk-5QKIY3HD.js";
import "./chunk-27RNYUPI.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
