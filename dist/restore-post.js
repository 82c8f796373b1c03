#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-SK2LJLNM.js";
import "./chunks/chunk-U5V4QCXT.js";
import "./chunks/chunk-O5N7DOR4.js";
import "./chunks/chunk-2UVUXSNC.js";
import "./chunks/chunk-6XKGMBZN.js";
import "./chunks/chunk-7MCREBH7.js";
import "./chunks/chunk-6ZUH3ENB.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-UZHB4YXX.js";
import "./chunks/chunk-GE7YRBSE.js";
import "./chunks/chunk-UHFTKGOZ.js";
import "./chunks/chunk-EQ272HND.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-QKU27C5W.js";
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

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
