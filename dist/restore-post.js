#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-BBCP52TJ.js";
import "./chunks/chunk-YCU5FPVW.js";
import "./chunks/chunk-PCU7HP7L.js";
import "./chunks/chunk-HJ3WQRLW.js";
import "./chunks/chunk-JYIXL5F2.js";
import "./chunks/chunk-LTD4BBWS.js";
import "./chunks/chunk-VL4XRLT2.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-F57MOJQF.js";
import "./chunks/chunk-LJKJUEZM.js";
import "./chunks/chunk-ILKYZM45.js";
import "./chunks/chunk-O3GMTOAH.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-NQECC4KP.js";
import "./chunks/chunk-G6Q6C4QY.js";
import "./chunks/chunk-EIDAXP42.js";
import "./chunks/chunk-OPBAR4RW.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-EDI6SDEY.js";
import "./chunks/chunk-W5LKU2P6.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-PELD74GZ.js";
import "./chunks/chunk-ER7JQW37.js";
import "./chunks/chunk-ZPSJA46B.js";
import "./chunks/chunk-MMQOEJFE.js";
import "./chunks/chunk-UK6APPUX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-MRK7U6WM.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZIF5URXC.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
