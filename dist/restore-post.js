#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-AKZZ5TK5.js";
import "./chunks/chunk-JOSP52D7.js";
import "./chunks/chunk-ICSOUEP7.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-IFUWRBLD.js";
import "./chunks/chunk-ARFA2NDW.js";
import "./chunks/chunk-OX322XJH.js";
import "./chunks/chunk-RVWSOKMK.js";
import {
  runEntry
} from "./chunks/chunk-P6T4AECI.js";
import "./chunks/chunk-IE4YYKEB.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-ZQCYTOKX.js";
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

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
