#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/platform/secure-files.ts
import { closeSync, constants, promises as fs, openSync, readFileSync } from "node:fs";
import path from "node:path";
var PRIVATE_FILE_MODE = 384;
var PRIVATE_DIR_MODE = 448;
async function ensurePrivateDir(dir) {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = await fs.lstat(dir);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${dir} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== PRIVATE_DIR_MODE) await fs.chmod(dir, PRIVATE_DIR_MODE);
}
async function writePrivateFileAtomic(file, content, options = {}) {
  const durable = options.durable ?? true;
  await refuseSymlink(file);
  const dir = path.dirname(file);
  const { randomBytes } = await import("node:crypto");
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    await handle.writeFile(content, "utf8");
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDir(dir);
}
async function readPrivateFile(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ELOOP")) throw new Error(`${file} is a symbolic link; refusing to follow it`);
    throw error;
  }
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
async function removeFile(file) {
  await fs.rm(file, { force: true });
}
async function refuseSymlink(file) {
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink()) throw new Error(`${file} is a symbolic link; refusing to write through it`);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}
async function syncDir(dir) {
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
function isErrno(error, code) {
  return error instanceof Error && error.code === code;
}

export {
  PRIVATE_FILE_MODE,
  ensurePrivateDir,
  writePrivateFileAtomic,
  readPrivateFile,
  removeFile,
  isErrno
};
