#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-PSPHCAOU.js";
import "./chunks/chunk-OM3YRNWN.js";
import "./chunks/chunk-7XIBURWL.js";
import "./chunks/chunk-TUYKZM6T.js";
import "./chunks/chunk-ZWROWV6K.js";
import "./chunks/chunk-GHPWSVZG.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-5H2WDFWA.js";
import "./chunks/chunk-TCBDY7QY.js";
import "./chunks/chunk-T4RJ776R.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-6WQ2FODA.js";
import "./chunks/chunk-4WBUOB7V.js";
import "./chunks/chunk-6DLYC3XW.js";
import "./chunks/chunk-6UEGME2Z.js";
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

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
