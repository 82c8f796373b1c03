#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-GGC7BZG2.js";
import "./chunks/chunk-2THGAR5S.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-GNOCUD6E.js";
import "./chunks/chunk-YQHOWWGR.js";
import "./chunks/chunk-SE5XZWUE.js";
import "./chunks/chunk-VK4HBRYA.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-BEWJ2XXN.js";
import "./chunks/chunk-ZHRIHA5V.js";
import "./chunks/chunk-SLTLSQ4D.js";
import "./chunks/chunk-WKKK4JYS.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-L6Q2XOPL.js";
import "./chunks/chunk-YNDTUR7L.js";
import "./chunks/chunk-CIDBP2ZF.js";
import "./chunks/chunk-EUNAYYPH.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-YCUPB3DU.js";
import "./chunks/chunk-BGMYLJLW.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-D6X7CSPK.js";
import "./chunks/chunk-PV43NZUB.js";
import "./chunks/chunk-UKYCNE7M.js";
import "./chunks/chunk-MF5IORL2.js";
import "./chunks/chunk-V2UB7CIZ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-JNRKALG7.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-GPR62DEP.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
