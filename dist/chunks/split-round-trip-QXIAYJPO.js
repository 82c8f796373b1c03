#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream,
  restoreStream
} from "./chunk-YDVDSWF4.js";
import "./chunk-ZCHIDNSL.js";
import "./chunk-FMIRX2W3.js";
import "./chunk-QQHIARQO.js";
import "./chunk-ETTTSFZM.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-Q56VBX5R.js";
import "./chunk-FVP3HEEJ.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-53B7ORU2.js";
import "./chunk-DZ5XX4ZY.js";
export {
  persistStream,
  restoreStream
};
