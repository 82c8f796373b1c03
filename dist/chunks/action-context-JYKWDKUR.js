#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  actionLogger,
  createActionContext,
  runnerMasks
} from "./chunk-6EIDHNYH.js";
import "./chunk-QPSYYNYM.js";
import "./chunk-R22SLIYD.js";
import "./chunk-CRLPSG6N.js";
import "./chunk-6QDNW4AD.js";
import "./chunk-NOKRVJGV.js";
import "./chunk-2DVPQHNO.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-5JJLJS4J.js";
import "./chunk-GFVZWYEL.js";
import "./chunk-E2WPYHU4.js";
import "./chunk-FBIOMMMX.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-ZFGQ5PT4.js";
import "./chunk-EYVVJBUX.js";
import "./chunk-DZ5XX4ZY.js";
export {
  actionLogger,
  createActionContext,
  runnerMasks
};
