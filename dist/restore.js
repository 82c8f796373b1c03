#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-EJDPJD7B.js";
import "./chunks/chunk-4EWFKSJ6.js";
import "./chunks/chunk-TDIZ3GH4.js";
import "./chunks/chunk-JCUN2DPB.js";
import "./chunks/chunk-IUYO4KFS.js";
import "./chunks/chunk-7MCREBH7.js";
import "./chunks/chunk-RAHG6M3Q.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-W4MJI2WN.js";
import "./chunks/chunk-GE7YRBSE.js";
import "./chunks/chunk-TPW2LAW6.js";
import "./chunks/chunk-H7J2SUU5.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-AW5FAQYP.js";
import "./chunks/chunk-4ISNCFAF.js";
import "./chunks/chunk-4CI2ILPJ.js";
import "./chunks/chunk-YK663KJU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-OGX6INNE.js";
import "./chunks/chunk-B4PXWS7N.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-TZMLPVJV.js";
import "./chunks/chunk-QMFLO4ZD.js";
import "./chunks/chunk-DQAX4442.js";
import "./chunks/chunk-C72APL46.js";
import "./chunks/chunk-BP3KPCEJ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-R7ZAKF2J.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-X5N6Q7YB.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
