#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-UCM7MWZ5.js";
import "./chunks/chunk-BPG6YODZ.js";
import "./chunks/chunk-2KUI7UVM.js";
import "./chunks/chunk-JKERLWC5.js";
import "./chunks/chunk-DJ7EAEV5.js";
import "./chunks/chunk-2BBDGIW2.js";
import {
  runEntry
} from "./chunks/chunk-2M4QQDUL.js";
import "./chunks/chunk-GXJNN65B.js";
import "./chunks/chunk-YRXWNNAZ.js";
import "./chunks/chunk-Z2S5TCO7.js";
import "./chunks/chunk-3GS72KRZ.js";
import "./chunks/chunk-X74BUGNI.js";
import "./chunks/chunk-SEY2OIF2.js";
import "./chunks/chunk-GYIPTURG.js";
import "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-EFADI4GH.js";
import "./chunks/chunk-I7ARDCG6.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-D57QVZWV.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-UF2ICM77.js";
import "./chunks/chunk-PHBRU46D.js";
import "./chunks/chunk-ONUVPJLT.js";
import "./chunks/chunk-BDWDOXSX.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-QTEMIPGM.js";
import "./chunks/chunk-KH6VD4NL.js";
import "./chunks/chunk-GMW3H6AH.js";
import "./chunks/chunk-WSZKSQR5.js";
import "./chunks/chunk-6D27KUCH.js";
import "./chunks/chunk-5JPDCXPM.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
