#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeScope,
  scopePath
} from "./chunk-N7GVTKFE.js";
import {
  explainGitHubError,
  messageOf,
  statusOf
} from "./chunk-ULPY7FZK.js";
import {
  describeMark,
  isEnvelopeText,
  markOf,
  parseEnvelope,
  parseMark,
  rollbackOf,
  serializeEnvelope,
  serializeJobsAdvice
} from "./chunk-PBCKZ5WM.js";
import "./chunk-O6AFCUB4.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import {
  RollbackRefusedError,
  StoreConflictError,
  UsageError
} from "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";

// src/core/sodium.ts
var loaded = null;
async function loadSodium() {
  loaded ??= import("./libsodium-wrappers-ULJYW3LX.js").then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}

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
    const mark = marker?.mark ?? null;
    const value = this.options.currentValue.trim();
    if (value === "") {
      if (marker) {
        throw new UsageError(
          `${this.location} was written${mark ? ` (generation ${mark.generation})` : ""} but this job did not receive its value: pass it as auth-json: \${{ secrets.${this.options.secretName} }} (CLI: CODEX_AUTH_JSON).`
        );
      }
      return null;
    }
    if (!isEnvelopeText(value)) {
      if (mark) throw this.refused("a plain auth.json", "older", mark);
      return null;
    }
    const envelope = parseEnvelope(value, this.location);
    const rollback = rollbackOf(envelope, mark);
    if (rollback && mark) throw this.refused(`generation ${envelope.generation}`, rollback, mark);
    return envelope;
  }
  async plainSeed() {
    const value = this.options.currentValue.trim();
    return value !== "" && !isEnvelopeText(value) ? { raw: value, origin: this.location } : null;
  }
  async currentGeneration() {
    try {
      return (await this.readMarker())?.mark?.generation ?? (this.options.currentValue.trim() ? null : 0);
    } catch {
      return null;
    }
  }
  async write(envelope, expectedGeneration) {
    const marker = await this.readMarker();
    const current = this.currentMark(marker?.mark ?? null);
    if (expectedGeneration !== "replace" && (current?.generation ?? 0) !== expectedGeneration) {
      throw new StoreConflictError(
        `${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
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
    await this.writeMarker(markOf(envelope), marker !== null, access);
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
  /**
   * What the secret holds now, as far as this job can tell: the variable is moved after the secret, so a failure
   * in between leaves it one write behind the value this job received, which is then the newer record.
   */
  currentMark(mark) {
    const value = this.options.currentValue.trim();
    if (!isEnvelopeText(value)) return mark;
    let received;
    try {
      received = parseEnvelope(value, this.location);
    } catch {
      return mark;
    }
    return mark === null || received.generation > mark.generation ? markOf(received) : mark;
  }
  /** The rollback guard's refusal, in words for a secret: the usual cause is a job that started too early. */
  refused(what, rollback, mark) {
    const how = rollback === "older" ? "is older than the last write" : "is not the one written last";
    return new RollbackRefusedError(
      `the value of ${this.location} that this job received (${what}) ${how}, generation ${mark.generation} ${describeMark(mark, `the variable ${this.markerName}`)}: this job started before that write landed, and its refresh token was already rotated away. Nothing was run. Serialize the jobs of this stream: keep the stream lock (lock: git-ref) and add a \`concurrency:\` group, so each job starts after the previous one wrote the secret.`
    );
  }
  async fetchPublicKey() {
    this.publicKey ??= await this.call("GET", "/secrets/public-key", "reading the secrets' public key");
    return this.publicKey;
  }
  /** The generation variable: null when it does not exist; its `mark` null when it holds nothing readable. */
  async readMarker() {
    try {
      const data = await this.call(
        "GET",
        `/variables/${this.markerName}`,
        "reading the generation variable"
      );
      return { mark: parseMark(data.value) };
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
export {
  GitHubSecretStore
};
