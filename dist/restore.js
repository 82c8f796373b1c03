#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-ZHW5HOJX.js";
import "./chunks/chunk-QI3QGMJL.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-W6QAQDZA.js";
import "./chunks/chunk-TZ77Q46E.js";
import "./chunks/chunk-JTHCQXPF.js";
import "./chunks/chunk-XDSNNCV6.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-NPHAHYTV.js";
import "./chunks/chunk-A46O5SZ7.js";
import "./chunks/chunk-J7RZRUNH.js";
import "./chunks/chunk-PLCWXD5G.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-OEP22LA6.js";
import "./chunks/chunk-GUX2JB6N.js";
import "./chunks/chunk-CSH6KCUT.js";
import "./chunks/chunk-6LOJ3BRK.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-UR4U65OI.js";
import "./chunks/chunk-MUB3CKVO.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-WULGK2YG.js";
import "./chunks/chunk-TZJQPSBZ.js";
import "./chunks/chunk-E3I54VE6.js";
import "./chunks/chunk-24DIYJ2P.js";
import "./chunks/chunk-PLEOC4NK.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-RZWJ4HE4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-HKABORLE.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
