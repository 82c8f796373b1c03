#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createCliContext
} from "./chunk-LKQNYYMR.js";
import "./chunk-DJBYCDXH.js";
import "./chunk-XAHQPHFJ.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-XLRZS54G.js";
import "./chunk-2NV5QVC6.js";
import "./chunk-A5OKKLZU.js";
import "./chunk-LWSKKLNB.js";
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
  createCliContext
};
