#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  saveActionState
} from "./chunk-TFGH4AVS.js";
import {
  prepareJobHome
} from "./chunk-UEEPTXA7.js";

// src/action/job-home.ts
function prepareJobHome2(env, stream) {
  return prepareJobHome(env, stream, (codexHome, homeProof) => saveActionState({ codexHome, homeProof }));
}

export {
  prepareJobHome2 as prepareJobHome
};
