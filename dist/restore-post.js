#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-THLISLLQ.js";
import "./chunks/chunk-7TKRH4QV.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-YY3JB6ES.js";
import "./chunks/chunk-XOW3WYUV.js";
import "./chunks/chunk-X7XRVTZT.js";
import {
  runEntry
} from "./chunks/chunk-TFYQ5GJB.js";
import "./chunks/chunk-XDTC4G6M.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-DJMDQ4MT.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-WM6O5J2J.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-M3O3PJKT.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-PHS6JJXA.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
