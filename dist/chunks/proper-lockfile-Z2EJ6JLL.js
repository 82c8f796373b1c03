#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  require_proper_lockfile
} from "./chunk-QO545IBJ.js";
import "./chunk-J67BYCQ5.js";
export default require_proper_lockfile();
