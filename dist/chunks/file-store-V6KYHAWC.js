#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  FileStore,
  HIGH_WATER,
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
} from "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  FileStore,
  HIGH_WATER,
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
};
