#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-JKISRY6A.js";
import "./chunk-LQS63CHO.js";
import "./chunk-RGH34Z6F.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-XIAVRHVS.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-EUK65H27.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
