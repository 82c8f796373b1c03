#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-TXBVYVDF.js";
import "./chunks/chunk-5DOGE7W4.js";
import "./chunks/chunk-D34MZ3I4.js";
import "./chunks/chunk-NCVEIALL.js";
import "./chunks/chunk-ZG2BWGA6.js";
import "./chunks/chunk-LBET5WVC.js";
import "./chunks/chunk-DTVIHK4G.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-4SFAJDQT.js";
import "./chunks/chunk-S6DDDNO7.js";
import "./chunks/chunk-N4A2WMSV.js";
import "./chunks/chunk-YZFL4L6Z.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-KOSZJBRL.js";
import "./chunks/chunk-6UEGME2Z.js";
import "./chunks/chunk-CBJWJQWG.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-NSJHP72U.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-27RNYUPI.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
