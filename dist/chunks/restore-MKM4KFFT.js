#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  sealRequestFrom
} from "./chunk-2CCBNDAN.js";
import {
  printResult
} from "./chunk-AXRYMGNT.js";
import {
  readConfigFileArgument,
  readSeedSource
} from "./chunk-TIRO6PLG.js";
import {
  parseSeconds,
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
  restoreStream
} from "./chunk-LCKSIBY5.js";
import "./chunk-FR7755A4.js";
import {
  sandboxMode
} from "./chunk-ZWWUJUOW.js";
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
import {
  resolveCodex
} from "./chunk-CTVTCGPW.js";
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

// src/cli/commands/restore.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  const leaseMs = parseSeconds(options.lease, "--lease", 60, 7 * 86400) * 1e3;
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  const seed = await readSeedSource(
    options.seedFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--seed-file",
    ctx.log
  );
  const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
  const result = await restoreStream(ctx, {
    seed,
    codexHome: options.codexHome,
    codexConfig,
    lockTimeoutMs: flags.lockTimeoutMs,
    leaseMs,
    seal: { ...sealRequestFrom(options), sandbox: sandboxMode(options.sandbox, "--sandbox") },
    // Without a codex to probe with, the profile is still written (and the output says it was not probed).
    codexPath: await resolveCodex(options.codex, kit.env).catch(() => void 0),
    baseEnv: kit.env
  });
  return printResult(kit, result, flags.json, "restored");
}
export {
  run
};
