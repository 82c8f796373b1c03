#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-GNOCUD6E.js";
import "./chunk-VK4HBRYA.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-ZHRIHA5V.js";
import "./chunk-WKKK4JYS.js";
import "./chunk-YNDTUR7L.js";
import "./chunk-V2UB7CIZ.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-JNRKALG7.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-GPR62DEP.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
