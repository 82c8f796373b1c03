#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-ESIZ3V56.js";
import "./chunks/chunk-RI2S2WTG.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-SKKGC7EF.js";
import "./chunks/chunk-CY3LPUIL.js";
import "./chunks/chunk-DFHBNTKC.js";
import "./chunks/chunk-S7G63SAM.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-SXUM7I3X.js";
import "./chunks/chunk-P3R7BVFE.js";
import "./chunks/chunk-322WQRKS.js";
import "./chunks/chunk-E23NC7MH.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-6EIDHNYH.js";
import "./chunks/chunk-QPSYYNYM.js";
import "./chunks/chunk-R22SLIYD.js";
import "./chunks/chunk-CRLPSG6N.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-2DVPQHNO.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-FBIOMMMX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-IHANQPID.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
