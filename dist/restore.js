#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-HJFB36OV.js";
import "./chunks/chunk-3ENOI7GO.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-LCKSIBY5.js";
import "./chunks/chunk-G4QZRXCE.js";
import "./chunks/chunk-ONQ4477R.js";
import {
  runEntry
} from "./chunks/chunk-RXYXTKOD.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-G2X6QK7N.js";
import "./chunks/chunk-FR7755A4.js";
import "./chunks/chunk-ZWWUJUOW.js";
import "./chunks/chunk-G3CPVCKQ.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QAFNNIV2.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-I5GMXUOT.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-MNXCFRYD.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-C3N67VWX.js";
import "./chunks/chunk-CTVTCGPW.js";
import "./chunks/chunk-S44WLHXD.js";
import "./chunks/chunk-RPFSE2RI.js";
import "./chunks/chunk-TSTBO63M.js";
import "./chunks/chunk-KQMSNF6O.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-67EZGFYO.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-MGRXMJMR.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-OIVYCDER.js";
import "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-QJCFBWVG.js";
import "./chunks/chunk-LRSS5WRI.js";
import "./chunks/chunk-C5ZNOPJA.js";
import "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
