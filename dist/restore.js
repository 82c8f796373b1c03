#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-NUPQJU35.js";
import "./chunks/chunk-MCOCBVVU.js";
import "./chunks/chunk-VVBGZ5RS.js";
import "./chunks/chunk-SJ3ZHL6K.js";
import "./chunks/chunk-F3YSA66D.js";
import "./chunks/chunk-XL3YCGNG.js";
import "./chunks/chunk-6M5MC675.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-XJP2RI4Z.js";
import "./chunks/chunk-BQ7KE7ZN.js";
import "./chunks/chunk-RX2AOOXR.js";
import "./chunks/chunk-VMRFJ2D4.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-QI5RIHSU.js";
import "./chunks/chunk-PCGF2DA6.js";
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
