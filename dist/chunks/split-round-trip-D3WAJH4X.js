#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-OOC66WIJ.js";
import "./chunk-YX4J4FQJ.js";
import "./chunk-B45VUE4X.js";
import "./chunk-SSEI6XJJ.js";
import "./chunk-JBLTFLGE.js";
import "./chunk-3DQ7LV76.js";
import "./chunk-OL3J67ZD.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-J67BYCQ5.js";
export {
  persistStream,
  restoreStream
};
