#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-O5N7DOR4.js";
import "./chunk-6ZUH3ENB.js";
import "./chunk-PD5UZF6M.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-GE7YRBSE.js";
import "./chunk-EQ272HND.js";
import "./chunk-4ISNCFAF.js";
import "./chunk-BP3KPCEJ.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-R7ZAKF2J.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-X5N6Q7YB.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
