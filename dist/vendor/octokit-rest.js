#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Octokit
} from "../chunks/chunk-I7WTNB4O.js";
import "../chunks/chunk-QLERL7AF.js";
import "../chunks/chunk-J67BYCQ5.js";
export {
  Octokit
};
