#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-BDCJ6THN.js";
import "./chunks/chunk-BIEPULRT.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-Y3IZMM6X.js";
import "./chunks/chunk-6UQNYTGL.js";
import "./chunks/chunk-7FFDDQ5S.js";
import "./chunks/chunk-E2H2VHQV.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-6BACY76C.js";
import "./chunks/chunk-RHHV2IKF.js";
import "./chunks/chunk-VORFJQI6.js";
import "./chunks/chunk-PLCWXD5G.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-MNXOTCXD.js";
import "./chunks/chunk-VDYQEXDP.js";
import "./chunks/chunk-CSH6KCUT.js";
import "./chunks/chunk-CSSOBUSU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-UR4U65OI.js";
import "./chunks/chunk-JR5GKABG.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-EFVUH4WY.js";
import "./chunks/chunk-TZJQPSBZ.js";
import "./chunks/chunk-E3I54VE6.js";
import "./chunks/chunk-24DIYJ2P.js";
import "./chunks/chunk-PLEOC4NK.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-RZWJ4HE4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-HKABORLE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
