#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-E4DGUZZB.js";
import "./chunks/chunk-H2FJG6HH.js";
import "./chunks/chunk-THTZDJB7.js";
import "./chunks/chunk-TUYKZM6T.js";
import "./chunks/chunk-LI6Y6ITY.js";
import "./chunks/chunk-GHPWSVZG.js";
import "./chunks/chunk-IC3YXZME.js";
import {
  runEntry
} from "./chunks/chunk-I6SXRYYF.js";
import "./chunks/chunk-TEZ7FO7G.js";
import "./chunks/chunk-FQNQJ6O6.js";
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

// src/entry/restore.ts
await runEntry(() => runRestore());
