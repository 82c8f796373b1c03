#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  KEEP_FRESH_ARGS,
  keepFresh
} from "./chunk-55PWMPXB.js";
import "./chunk-D6UGOP7V.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-FGXSCJA6.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-CTVTCGPW.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-EUK65H27.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  KEEP_FRESH_ARGS,
  keepFresh
};
