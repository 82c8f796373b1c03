#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-O7Y5TDA7.js";
import "./chunks/chunk-2KCZWFE7.js";
import "./chunks/chunk-WZWJIZLF.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-WFJCS6CP.js";
import "./chunks/chunk-TJ7TIMQ7.js";
import "./chunks/chunk-VGVENVOF.js";
import "./chunks/chunk-MTVXNZYQ.js";
import {
  runEntry
} from "./chunks/chunk-KGKFNV7H.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-FTFAKXYK.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-IE4YYKEB.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-JHQQ5WVU.js";
import "./chunks/chunk-4QR5ZCXV.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
