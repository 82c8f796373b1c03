#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  checkStreamDir
} from "./chunk-4RUKDEO4.js";
import "./chunk-O6AFCUB4.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";

// src/locks/checked-lock.ts
var CheckedFileLock = class {
  constructor(inner, origin, stream, lockFileName) {
    this.inner = inner;
    this.origin = origin;
    this.stream = stream;
    this.lockFileName = lockFileName;
    this.kind = inner.kind;
  }
  inner;
  origin;
  stream;
  lockFileName;
  kind;
  async acquire(options) {
    await this.check(true);
    return this.inner.acquire(options);
  }
  async resume(id) {
    await this.check(true);
    return this.inner.resume(id);
  }
  async inspect() {
    await this.check(false);
    return this.inner.inspect();
  }
  async forceRelease() {
    await this.check(true);
    return this.inner.forceRelease();
  }
  check(write) {
    return checkStreamDir(this.origin, this.stream, write, [this.lockFileName]);
  }
};
export {
  CheckedFileLock
};
