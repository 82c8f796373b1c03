#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
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
import "./chunk-7S5RA6R7.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/unlock.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const { lock } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
  if (options.force !== true) {
    const holder = await lock.inspect();
    throw new UsageError(
      `unlock needs --force, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : " (the lock is free now)"}.`
    );
  }
  const removed = await lock.forceRelease();
  if (flags.json) kit.json({ stream: flags.store.stream, released: removed !== null, holder: removed });
  else
    kit.out(
      removed ? `released the lock of stream "${flags.store.stream}", held by ${describeHolder(removed)}
` : `the lock of stream "${flags.store.stream}" was not held
`
    );
  return 0;
}
export {
  run
};
