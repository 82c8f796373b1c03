#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-MSCEX3RC.js";
import "./chunks/chunk-RKYYFQRB.js";
import "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-UPOND6MT.js";
import "./chunks/chunk-FSTGLLBW.js";
import "./chunks/chunk-F4WDOJ52.js";
import "./chunks/chunk-O7UCNDJT.js";
import "./chunks/chunk-CIWH6T25.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-XIAVRHVS.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  runEntry
} from "./chunks/chunk-WM5DQPWJ.js";
import "./chunks/chunk-HQM4RCGJ.js";
import "./chunks/chunk-KHCZPKZM.js";
import "./chunks/chunk-4K5XSMT3.js";
import "./chunks/chunk-LYTM6AB4.js";
import "./chunks/chunk-UGWYQO4N.js";
import "./chunks/chunk-H3YLSNVV.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QZ6GSQOM.js";
import "./chunks/chunk-NVDLWAIV.js";
import "./chunks/chunk-A7DRJN3A.js";
import "./chunks/chunk-4YZFDFZ3.js";
import "./chunks/chunk-LBIPEUCS.js";
import "./chunks/chunk-MP7ASFGA.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-JLPINNX3.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-TPJRLEMN.js";
import "./chunks/chunk-OIVYCDER.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-OTHGSV5L.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-342JZ6O6.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-FP6FQLO4.js";
import "./chunks/chunk-RPFSE2RI.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-C5ZNOPJA.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
