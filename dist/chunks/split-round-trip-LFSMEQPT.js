#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-PCU7HP7L.js";
import "./chunk-VL4XRLT2.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-LJKJUEZM.js";
import "./chunk-O3GMTOAH.js";
import "./chunk-G6Q6C4QY.js";
import "./chunk-UK6APPUX.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-MRK7U6WM.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-ZIF5URXC.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
