#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  E,
  T,
  b,
  c,
  d,
  f,
  g,
  h,
  i,
  l,
  libsodium_wrappers_default,
  m,
  o,
  p,
  r,
  s,
  u,
  v,
  x,
  y
} from "./chunk-DXCRNK57.js";
import "./chunk-J67BYCQ5.js";
export {
  o as add,
  m as base64_variants,
  l as compare,
  libsodium_wrappers_default as default,
  x as from_base64,
  b as from_hex,
  v as from_string,
  p as increment,
  h as is_zero,
  r as libsodium,
  i as memcmp,
  y as memzero,
  T as output_formats,
  u as pad,
  s as ready,
  c as symbols,
  E as to_base64,
  f as to_hex,
  g as to_string,
  d as unpad
};
