#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-LGWMINW7.js";
import "./chunks/chunk-42SPZG74.js";
import "./chunks/chunk-HVSUJ3VI.js";
import "./chunks/chunk-SXW6WBI4.js";
import "./chunks/chunk-4HKOCQOK.js";
import "./chunks/chunk-LBET5WVC.js";
import "./chunks/chunk-VC63N63B.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-US2WMVBL.js";
import "./chunks/chunk-DSFWBAPO.js";
import "./chunks/chunk-2WHZ3B4N.js";
import "./chunks/chunk-RBX7DQRJ.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Q46UBWM2.js";
import "./chunks/chunk-6UEGME2Z.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-MPYASPPK.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-24LMSVAG.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-H6VCLV7R.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-BUSTEEXP.js";
import "./chunks/chunk-M7IQF62B.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
