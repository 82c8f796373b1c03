#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-OZCNZYNM.js";
import "./chunks/chunk-OSUDYXPM.js";
import "./chunks/chunk-QLA64Y5A.js";
import "./chunks/chunk-HU5T7BI6.js";
import "./chunks/chunk-3JEVQSUQ.js";
import "./chunks/chunk-O33LCYVJ.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-G6AVPGKC.js";
import "./chunks/chunk-D7XIG36D.js";
import "./chunks/chunk-BSNDUWMM.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-G272246G.js";
import "./chunks/chunk-B45VUE4X.js";
import "./chunks/chunk-C2T4JUQD.js";
import "./chunks/chunk-ZJC3ALXX.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-WKDPCJNG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-SQRIFN2I.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-K7RE7OE3.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
