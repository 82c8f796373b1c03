#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeScope,
  scopePath
} from "./chunk-QOTJ4TSP.js";
import {
  explainGitHubError,
  messageOf,
  statusOf
} from "./chunk-6DHBGNWT.js";
import {
  loadSodium,
  parseEnvelope,
  serializeEnvelope
} from "./chunk-ETTTSFZM.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import {
  StoreConflictError,
  UsageError
} from "./chunk-53B7ORU2.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/github-secret-store.ts
var SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var TOKEN_HELP = `The workflow's GITHUB_TOKEN can never write secrets: use a fine-grained personal access token or a GitHub App token with "Secrets: read and write" and "Variables: read and write" on the repository (or organization), passed as github-token (CLI: GITHUB_TOKEN).`;
var GitHubSecretStore = class {
  constructor(stream, options) {
    this.stream = stream;
    this.options = options;
    if (!SECRET_NAME.test(options.secretName)) {
      throw new UsageError(
        `secret-name ${JSON.stringify(options.secretName)} is not a valid secret name (letters, digits, _; not starting with a digit).`
      );
    }
    this.base = scopePath(options.scope, options.repository);
    this.markerName = `${options.secretName}_GENERATION`;
    this.location = `secret ${options.secretName} of the ${describeScope(options.scope, options.repository)}`;
  }
  stream;
  options;
  kind = "github-secret";
  location;
  readBackAfterWrite = false;
  base;
  markerName;
  publicKey = null;
  async read() {
    await this.fetchPublicKey();
    const marker = await this.readMarker();
    const value = this.options.currentValue.trim();
    if (value === "") {
      if (marker) {
        throw new UsageError(
          `${this.location} was written (generation ${marker.generation}) but this job did not receive its value: pass it as auth-json: \${{ secrets.${this.options.secretName} }} (CLI: CODEX_AUTH_JSON).`
        );
      }
      return null;
    }
    if (!isEnvelopeText(value)) {
      if (marker) throw this.stale(`a plain auth.json`, marker);
      return null;
    }
    const envelope = parseEnvelope(value, this.location);
    if (marker && (marker.generation !== envelope.generation || marker.fingerprint !== envelope.fingerprint)) {
      throw this.stale(`generation ${envelope.generation}`, marker);
    }
    return envelope;
  }
  async plainSeed() {
    const value = this.options.currentValue.trim();
    return value !== "" && !isEnvelopeText(value) ? { raw: value, origin: this.location } : null;
  }
  async currentGeneration() {
    try {
      return (await this.readMarker())?.generation ?? (this.options.currentValue.trim() ? null : 0);
    } catch {
      return null;
    }
  }
  async write(envelope, expectedGeneration) {
    const marker = await this.readMarker();
    if (expectedGeneration !== "replace" && (marker?.generation ?? 0) !== expectedGeneration) {
      throw new StoreConflictError(
        `${this.location} is at generation ${marker?.generation ?? 0} (written ${marker?.writtenAt ?? "-"} by ${marker?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. Serialize the jobs of this stream with the stream lock and a \`concurrency:\` group.`
      );
    }
    const key = await this.fetchPublicKey();
    const sodium = await loadSodium();
    const sealed = sodium.crypto_box_seal(
      sodium.from_string(serializeEnvelope(envelope)),
      sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)
    );
    const encrypted = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
    const access = this.options.scope.kind === "org" ? await this.orgAccess() : null;
    await this.call("PUT", `/secrets/${this.options.secretName}`, "writing the secret", {
      encrypted_value: encrypted,
      key_id: key.key_id,
      ...access
    });
    const next = {
      generation: envelope.generation,
      fingerprint: envelope.fingerprint,
      writtenAt: envelope.writtenAt,
      writer: envelope.writer
    };
    await this.writeMarker(next, marker !== null, access);
  }
  async remove() {
    for (const path of [`/secrets/${this.options.secretName}`, `/variables/${this.markerName}`]) {
      await this.call("DELETE", path, "removing the stream").catch((error) => {
        if (!(error instanceof NotFound)) throw error;
      });
    }
  }
  async rollback() {
    return false;
  }
  stale(what, marker) {
    return new StoreConflictError(
      `the value of ${this.location} that this job received (${what}) is older than the last write (generation ${marker.generation}, ${marker.writtenAt}, by ${marker.writer}): this job started before that write landed, and its refresh token was already rotated away. Nothing was run. Serialize the jobs of this stream: keep the stream lock (lock: git-ref) and add a \`concurrency:\` group, so each job starts after the previous one wrote the secret.`
    );
  }
  async fetchPublicKey() {
    this.publicKey ??= await this.call("GET", "/secrets/public-key", "reading the secrets' public key");
    return this.publicKey;
  }
  async readMarker() {
    try {
      const data = await this.call(
        "GET",
        `/variables/${this.markerName}`,
        "reading the generation variable"
      );
      return JSON.parse(data.value);
    } catch (error) {
      if (error instanceof NotFound) return null;
      throw error;
    }
  }
  /**
   * The secret's current visibility and selected repositories, or, for a secret that does not exist yet, the
   * chosen visibility (`selected` means this repository alone). Organization scope only.
   */
  async orgAccess() {
    const name = this.options.secretName;
    let current;
    try {
      current = await this.call("GET", `/secrets/${name}`, "reading the secret's visibility");
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      current = null;
    }
    if (current === null) {
      const visibility2 = this.options.newVisibility ?? "selected";
      if (visibility2 !== "selected") return { visibility: visibility2 };
      const data = await this.options.client.request("GET /repos/{owner}/{repo}", { ...this.options.repository }).then((response) => response.data).catch((error) => {
        throw explainGitHubError(
          error,
          `reading the id of ${this.options.repository.owner}/${this.options.repository.repo}`,
          "metadata: read"
        );
      });
      return { visibility: visibility2, selected_repository_ids: [data.id] };
    }
    const visibility = current.visibility;
    if (visibility !== "all" && visibility !== "private" && visibility !== "selected") {
      throw new UsageError(
        `${this.location} has visibility ${JSON.stringify(visibility)}, which this version does not know: it was not written, so as not to change who may use it.`
      );
    }
    if (visibility !== "selected") return { visibility };
    return { visibility, selected_repository_ids: await this.selectedRepositories(name) };
  }
  /** Every repository id the secret is shared with, page by page (GitHub lists at most 100 a page). */
  async selectedRepositories(name) {
    const ids = [];
    for (let page = 1; ; page++) {
      const data = await this.call(
        "GET",
        `/secrets/${name}/repositories?per_page=100&page=${page}`,
        "reading the secret's selected repositories"
      );
      ids.push(...data.repositories.map((repository) => repository.id));
      if (data.repositories.length === 0 || ids.length >= data.total_count) return ids;
    }
  }
  /**
   * PATCH without a visibility leaves an organization variable's visibility as it is; a new one gets the secret's,
   * so the marker is shared with exactly the repositories that may use the secret it describes.
   */
  async writeMarker(marker, exists, access) {
    const value = JSON.stringify(marker);
    if (exists) {
      await this.call("PATCH", `/variables/${this.markerName}`, "updating the generation variable", {
        value
      });
    } else {
      await this.call("POST", "/variables", "creating the generation variable", {
        name: this.markerName,
        value,
        ...access
      });
    }
  }
  async call(method, path, doing, body) {
    try {
      const response = await this.options.client.request(`${method} ${this.base}${path}`, body ?? {});
      return response.data;
    } catch (error) {
      if (statusOf(error) === 404 && (method === "DELETE" || method === "GET" && (path.startsWith("/variables/") || /^\/secrets\/[^/?]+$/.test(path) && path !== "/secrets/public-key"))) {
        throw new NotFound();
      }
      if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error))) {
        throw new UsageError(
          `the token may not do this while ${doing} on ${this.location} (403 ${messageOf(error)}). ${TOKEN_HELP}`
        );
      }
      throw explainGitHubError(
        error,
        `${doing} on ${this.location}`,
        "secrets and variables write (a fine-grained token)"
      );
    }
  }
};
var NotFound = class extends Error {
};
function isEnvelopeText(text) {
  try {
    const json = JSON.parse(text);
    return typeof json === "object" && json !== null && "ciphertext" in json;
  } catch {
    return false;
  }
}
export {
  GitHubSecretStore
};
