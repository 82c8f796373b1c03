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
} from "./chunk-GZTQRMMT.js";
import "./chunk-Z6UCKBCA.js";
import "./chunk-CHBKXSXJ.js";
import "./chunk-M3O3PJKT.js";
import "./chunk-EUK65H27.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-ZFGQ5PT4.js";
import "./chunk-DZ5XX4ZY.js";
export {
  FileStore,
  HIGH_WATER,
  STATE_DIR_ENV,
  defaultStateDir,
  defaultStateDirSource,
  streamDir
};
