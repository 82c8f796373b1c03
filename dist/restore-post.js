#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-T6MT2TXL.js";
import "./chunks/chunk-EOES7EWO.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-YR5IN7SW.js";
import "./chunks/chunk-5MCEEXLJ.js";
import "./chunks/chunk-BVVIHAQE.js";
import "./chunks/chunk-JK5QR3FV.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-NAALPI2Q.js";
import "./chunks/chunk-4Q5FE65U.js";
import "./chunks/chunk-VORFJQI6.js";
import "./chunks/chunk-PLCWXD5G.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-DKUBDMTY.js";
import "./chunks/chunk-M3G5S6IC.js";
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

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
