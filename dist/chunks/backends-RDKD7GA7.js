#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createBackends
} from "./chunk-QZ6GSQOM.js";
import "./chunk-NVDLWAIV.js";
import "./chunk-LBIPEUCS.js";
import "./chunk-MP7ASFGA.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-FP6FQLO4.js";
import "./chunk-RPFSE2RI.js";
import "./chunk-J5IH24H5.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-EUK65H27.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  createBackends
};
