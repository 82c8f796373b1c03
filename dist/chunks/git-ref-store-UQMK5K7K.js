#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  GitRefStore,
  highWaterRef,
  streamRef
} from "./chunk-7PVQ2FPI.js";
import "./chunk-QM46CLBH.js";
import "./chunk-J5IH24H5.js";
import "./chunk-E5T7ENZY.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  GitRefStore,
  highWaterRef,
  streamRef
};
