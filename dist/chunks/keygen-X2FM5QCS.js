#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  generateKey
} from "./chunk-MNXCFRYD.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/keygen.ts
async function run(_input, kit) {
  kit.io.stdout(`${generateKey()}
`);
  return 0;
}
export {
  run
};
