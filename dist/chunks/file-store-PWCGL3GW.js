#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  FileStore,
  HIGH_WATER
} from "./chunk-BGMYLJLW.js";
import {
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
} from "./chunk-TQTFMJCZ.js";
import "./chunk-D6X7CSPK.js";
import "./chunk-MF5IORL2.js";
import "./chunk-V2UB7CIZ.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-GPR62DEP.js";
import "./chunk-DZ5XX4ZY.js";
export {
  FileStore,
  HIGH_WATER,
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
};
