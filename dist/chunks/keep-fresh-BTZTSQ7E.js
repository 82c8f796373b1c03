#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  KEEP_FRESH_ARGS,
  keepFresh
} from "./chunk-ZGALXQD3.js";
import "./chunk-UYQC3EAL.js";
import "./chunk-I6WEU2DZ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-XIAVRHVS.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-FJM4ODI6.js";
import "./chunk-OTHGSV5L.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-342JZ6O6.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-EUK65H27.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  KEEP_FRESH_ARGS,
  keepFresh
};
