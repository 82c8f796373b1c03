#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-PCQ3ZQLA.js";
import "./chunks/chunk-T4QRXQKQ.js";
import "./chunks/chunk-O7MVKG2K.js";
import "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-IIXUMGVY.js";
import "./chunks/chunk-UYOZYGWF.js";
import "./chunks/chunk-NSJOLDTK.js";
import "./chunks/chunk-RVWSOKMK.js";
import {
  runEntry
} from "./chunks/chunk-NL5YJ3FD.js";
import "./chunks/chunk-6JKPBA3F.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-ZQCYTOKX.js";
import "./chunks/chunk-AK6ZCDNS.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7SAFMP73.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-YQ3FBN2X.js";
import "./chunks/chunk-CYNXSDWQ.js";
import "./chunks/chunk-CWAQNXMU.js";
import "./chunks/chunk-7XYH3NBL.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
