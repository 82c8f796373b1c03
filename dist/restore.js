#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-BLZQYHUS.js";
import "./chunks/chunk-KMDW7PYD.js";
import "./chunks/chunk-OKDFNTHU.js";
import "./chunks/chunk-ETMEBTMH.js";
import "./chunks/chunk-I32CWKDG.js";
import "./chunks/chunk-QP4RQ32H.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-Y55ZERQK.js";
import "./chunks/chunk-4VC5WTQP.js";
import "./chunks/chunk-PAFOGDWI.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-6V4OUKEN.js";
import "./chunks/chunk-4WBUOB7V.js";
import "./chunks/chunk-F6UBE5YP.js";
import "./chunks/chunk-WUFYWEWF.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-6RGMQ3H4.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-LSYKLU52.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-27RNYUPI.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
