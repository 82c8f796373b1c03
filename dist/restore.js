#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-WBTTK4QT.js";
import "./chunks/chunk-XYPBTEUH.js";
import "./chunks/chunk-MCAK56O6.js";
import "./chunks/chunk-6Z7OENSZ.js";
import "./chunks/chunk-VGAUPKJX.js";
import "./chunks/chunk-LBET5WVC.js";
import "./chunks/chunk-JI4VEDGR.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-OTGSTQ43.js";
import "./chunks/chunk-DSFWBAPO.js";
import "./chunks/chunk-7A6AY3WB.js";
import "./chunks/chunk-RBX7DQRJ.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-TEJBMZZ6.js";
import "./chunks/chunk-6UEGME2Z.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-ET4V2A26.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-6JPSPL3V.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-H6VCLV7R.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-27RNYUPI.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
