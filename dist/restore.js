#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-G5IBCWME.js";
import "./chunks/chunk-B6Y36F2J.js";
import "./chunks/chunk-RAIIN2KE.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-6OAQ2F6D.js";
import "./chunks/chunk-RHUTFOIE.js";
import "./chunks/chunk-XALXY72P.js";
import "./chunks/chunk-Z2IH7DDP.js";
import {
  runEntry
} from "./chunks/chunk-SWXFS2CB.js";
import "./chunks/chunk-44UCZFA2.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-OJBEYJKB.js";
import "./chunks/chunk-AK6ZCDNS.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7SAFMP73.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-YJHSZMGV.js";
import "./chunks/chunk-WUMNDDS7.js";
import "./chunks/chunk-CWAQNXMU.js";
import "./chunks/chunk-7XYH3NBL.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
