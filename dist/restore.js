#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-ZOQ3ES5G.js";
import "./chunks/chunk-EZ4CT6WG.js";
import "./chunks/chunk-T6JJIZMY.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-4OFG3ADN.js";
import "./chunks/chunk-T2JWQVSN.js";
import "./chunks/chunk-SR4R25Z7.js";
import "./chunks/chunk-I3DSYBT3.js";
import {
  runEntry
} from "./chunks/chunk-ZUSWGX2S.js";
import "./chunks/chunk-IE4YYKEB.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-RAHZWMER.js";
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
