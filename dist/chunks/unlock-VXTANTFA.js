#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseStoreFlags
} from "./chunk-7YYVEJM4.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import "./chunk-4TBZUEO6.js";
import "./chunk-G4TKJDY6.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import {
  createBackends
} from "./chunk-27JNL73D.js";
import "./chunk-RPFSE2RI.js";
import "./chunk-QM46CLBH.js";
import "./chunk-J5IH24H5.js";
import "./chunk-E5T7ENZY.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-7S5RA6R7.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import "./chunk-OOUMU5EI.js";
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
