#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  FileStore,
  HIGH_WATER
} from "./chunk-JR5GKABG.js";
import {
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
} from "./chunk-TQTFMJCZ.js";
import "./chunk-EFVUH4WY.js";
import "./chunk-24DIYJ2P.js";
import "./chunk-PLEOC4NK.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-HKABORLE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  FileStore,
  HIGH_WATER,
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
};
