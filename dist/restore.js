#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-SAZOKIXA.js";
import "./chunks/chunk-LPYAWC34.js";
import "./chunks/chunk-2KUI7UVM.js";
import "./chunks/chunk-JKERLWC5.js";
import "./chunks/chunk-7PS5CH26.js";
import "./chunks/chunk-JRAVPNVI.js";
import {
  runEntry
} from "./chunks/chunk-WNM2EIOW.js";
import "./chunks/chunk-GXJNN65B.js";
import "./chunks/chunk-YRXWNNAZ.js";
import "./chunks/chunk-74AV53UL.js";
import "./chunks/chunk-3GS72KRZ.js";
import "./chunks/chunk-X74BUGNI.js";
import "./chunks/chunk-SEY2OIF2.js";
import "./chunks/chunk-GYIPTURG.js";
import "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-EFADI4GH.js";
import "./chunks/chunk-I7ARDCG6.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-Q7FCD7UB.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-HIPKJR3Z.js";
import "./chunks/chunk-PHBRU46D.js";
import "./chunks/chunk-ONUVPJLT.js";
import "./chunks/chunk-MM24DVJB.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-QTEMIPGM.js";
import "./chunks/chunk-6RQQHR7T.js";
import "./chunks/chunk-SAJVSWFQ.js";
import "./chunks/chunk-RNFTHGOL.js";
import "./chunks/chunk-6D27KUCH.js";
import "./chunks/chunk-5JPDCXPM.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
