#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-R6WV42T4.js";
import "./chunks/chunk-X7HHY7RI.js";
import "./chunks/chunk-B6KK2BTZ.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-S7BX3VX5.js";
import "./chunks/chunk-J3UVNJZS.js";
import "./chunks/chunk-YSLJ5WA2.js";
import "./chunks/chunk-LC6LLU6N.js";
import {
  runEntry
} from "./chunks/chunk-HYXM2T55.js";
import "./chunks/chunk-IE4YYKEB.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-HIF2XTU4.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-JHQQ5WVU.js";
import "./chunks/chunk-4QR5ZCXV.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
