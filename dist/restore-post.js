#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-DPA37CNZ.js";
import "./chunks/chunk-Z7EU3FO2.js";
import "./chunks/chunk-VKLO6VSU.js";
import "./chunks/chunk-JFZZYR3T.js";
import "./chunks/chunk-6WNLMHT6.js";
import "./chunks/chunk-GJBUQV6L.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-XMCGHXSH.js";
import "./chunks/chunk-6QLVJIBN.js";
import "./chunks/chunk-ZEBWQHRB.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-IVU7YTVI.js";
import "./chunks/chunk-B45VUE4X.js";
import "./chunks/chunk-YYUIABWZ.js";
import "./chunks/chunk-SSEI6XJJ.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
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
