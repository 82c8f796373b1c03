#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-KFVHFODR.js";
import "./chunks/chunk-GSZEJEF3.js";
import "./chunks/chunk-M4ADE555.js";
import "./chunks/chunk-YHV5HYCQ.js";
import "./chunks/chunk-O7WOBWFY.js";
import "./chunks/chunk-XL3YCGNG.js";
import "./chunks/chunk-OL5RCVNJ.js";
import "./chunks/chunk-WHYJOQVG.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-NAVA35BY.js";
import "./chunks/chunk-BQ7KE7ZN.js";
import "./chunks/chunk-HQVACA5W.js";
import "./chunks/chunk-EXDLPJO5.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-HWB5QD3G.js";
import "./chunks/chunk-PCGF2DA6.js";
import "./chunks/chunk-R22SLIYD.js";
import "./chunks/chunk-CRLPSG6N.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-2DVPQHNO.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-FBIOMMMX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-IHANQPID.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-ZFGQ5PT4.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
