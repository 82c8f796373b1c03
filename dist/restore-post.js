#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-EVF3TIQH.js";
import "./chunks/chunk-2PS6Y4EB.js";
import "./chunks/chunk-ISYWBHZK.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-6VP37JNM.js";
import "./chunks/chunk-47LSIQXU.js";
import "./chunks/chunk-LCEUDS4O.js";
import "./chunks/chunk-RVWSOKMK.js";
import {
  runEntry
} from "./chunks/chunk-LRY4OZB6.js";
import "./chunks/chunk-6JKPBA3F.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-ZQCYTOKX.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-YQ3FBN2X.js";
import "./chunks/chunk-CYNXSDWQ.js";
import "./chunks/chunk-CWAQNXMU.js";
import "./chunks/chunk-7XYH3NBL.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
