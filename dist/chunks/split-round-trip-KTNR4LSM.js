#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-UPOND6MT.js";
import "./chunk-O7UCNDJT.js";
import "./chunk-CIWH6T25.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-XIAVRHVS.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-UGWYQO4N.js";
import "./chunk-H3YLSNVV.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-OTHGSV5L.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-342JZ6O6.js";
import "./chunk-EUK65H27.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
