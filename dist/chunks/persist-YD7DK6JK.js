#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  printResult
} from "./chunk-AXRYMGNT.js";
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import {
  createCliContext
} from "./chunk-6CK3WCLT.js";
import "./chunk-KIXTEUMW.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import {
  persistStream
} from "./chunk-LCKSIBY5.js";
import "./chunk-FR7755A4.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-G3CPVCKQ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-I5GMXUOT.js";
import "./chunk-QSVIKI3B.js";
import "./chunk-MNXCFRYD.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-C3N67VWX.js";
import "./chunk-CTVTCGPW.js";
import "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
import "./chunk-TSTBO63M.js";
import "./chunk-KQMSNF6O.js";
import "./chunk-J5IH24H5.js";
import "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-OIVYCDER.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/persist.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  return printResult(kit, await persistStream(ctx, options.codexHome), flags.json, "persisted");
}
export {
  run
};
