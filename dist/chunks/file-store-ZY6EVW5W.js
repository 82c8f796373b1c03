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
} from "./chunk-E5T7ENZY.js";
import "./chunk-27JTPA2S.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
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
