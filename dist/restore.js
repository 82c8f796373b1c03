#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-2KGIYBJM.js";
import "./chunks/chunk-VZO45GQK.js";
import "./chunks/chunk-MMHGAARR.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-OLADICZB.js";
import "./chunks/chunk-PSFB37WG.js";
import "./chunks/chunk-RBZWNL2P.js";
import "./chunks/chunk-TMRMUSFC.js";
import {
  runEntry
} from "./chunks/chunk-WIFZO5VQ.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-KK3UJJQS.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-L7GLC5T2.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-JOKJM2AJ.js";
import "./chunks/chunk-EINZNCXH.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
