#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-GECQKQ2O.js";
import "./chunks/chunk-34OMYE3T.js";
import "./chunks/chunk-2KUI7UVM.js";
import "./chunks/chunk-5NVLHABQ.js";
import "./chunks/chunk-KZ5OKWPP.js";
import "./chunks/chunk-JRAVPNVI.js";
import {
  runEntry
} from "./chunks/chunk-RHCMH4YS.js";
import "./chunks/chunk-GXJNN65B.js";
import "./chunks/chunk-YRXWNNAZ.js";
import "./chunks/chunk-DAQPASZN.js";
import "./chunks/chunk-ZLOALNCE.js";
import "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-REG6GF25.js";
import "./chunks/chunk-4GGFQ26H.js";
import "./chunks/chunk-UNPX5PW2.js";
import "./chunks/chunk-GYIPTURG.js";
import "./chunks/chunk-EPBMPH63.js";
import "./chunks/chunk-WTV45NIT.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-Q7FCD7UB.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ZRHYAIJ2.js";
import "./chunks/chunk-ONUVPJLT.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-MM24DVJB.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-QTEMIPGM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-6RQQHR7T.js";
import "./chunks/chunk-SAJVSWFQ.js";
import "./chunks/chunk-RNFTHGOL.js";
import "./chunks/chunk-5JPDCXPM.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
