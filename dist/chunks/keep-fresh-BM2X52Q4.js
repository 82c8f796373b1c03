#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  KEEP_FRESH_ARGS,
  keepFresh
} from "./chunk-U5UYT6GH.js";
import "./chunk-FR7755A4.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-G3CPVCKQ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-CTVTCGPW.js";
import "./chunk-TSTBO63M.js";
import "./chunk-EUK65H27.js";
import "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  KEEP_FRESH_ARGS,
  keepFresh
};
