#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-OA4Y6OTY.js";
import "./chunks/chunk-YGZ2CNU6.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-KCEIFTFU.js";
import "./chunks/chunk-2ZN3FTMI.js";
import "./chunks/chunk-P7NAGLRS.js";
import {
  runEntry
} from "./chunks/chunk-LV35ZG76.js";
import "./chunks/chunk-XDTC4G6M.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-76O7CHF5.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-GZTQRMMT.js";
import "./chunks/chunk-Z6UCKBCA.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-CHBKXSXJ.js";
import "./chunks/chunk-M3O3PJKT.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-PHS6JJXA.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
