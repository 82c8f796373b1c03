#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-5M5D5W75.js";
import "./chunks/chunk-UK5E3TSZ.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-ZBEZXRLK.js";
import "./chunks/chunk-AH3LRNSP.js";
import "./chunks/chunk-ZQSHVWRE.js";
import {
  runEntry
} from "./chunks/chunk-VWPZBNQJ.js";
import "./chunks/chunk-XDTC4G6M.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-XFO6HY4F.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-TT2EC6HR.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-FBIOMMMX.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-IHANQPID.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
