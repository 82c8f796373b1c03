#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-WT42NAD3.js";
import "./chunks/chunk-Y2F7UTB6.js";
import "./chunks/chunk-OOC66WIJ.js";
import "./chunks/chunk-A5JAGZ5P.js";
import "./chunks/chunk-72MCERQP.js";
import "./chunks/chunk-MWRTIYCH.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-ACOLFB4Q.js";
import "./chunks/chunk-DVAYRWER.js";
import "./chunks/chunk-YX4J4FQJ.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-SH6FB6NS.js";
import "./chunks/chunk-B45VUE4X.js";
import "./chunks/chunk-2PSMXHHV.js";
import "./chunks/chunk-SSEI6XJJ.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-AKZEFLNV.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7QS3OWB4.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-OL3J67ZD.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-J67BYCQ5.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
