#!/usr/bin/env node
// Generates the reference parts of docs/ from their sources, so they cannot drift from what the code does:
//   - docs/action-reference.md: every input and output of action.yml, restore/, persist/ and keep-fresh/, from
//     those files;
//   - docs/cli-reference.md: `codex-auth --help` and every command's `--help`, from the bundled CLI (dist/cli.cjs;
//     run `npm run build` first).
// Each generated part sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; the prose around it
// is written by hand. `--check` writes nothing and exits 1 when a file differs from what would be generated, or
// when a sub-action describes an input differently from action.yml (same input, same description and default).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// js-yaml is already installed (ESLint's config loader uses it); a dependency of its own is not worth a lockfile change.
const yaml = createRequire(path.join(root, 'package.json'))('js-yaml');

export const ACTIONS = [
  { file: 'action.yml', title: 'The main action (`your-org/codex-auth-action`)' },
  { file: 'restore/action.yml', title: '`restore/`' },
  { file: 'persist/action.yml', title: '`persist/`' },
  { file: 'keep-fresh/action.yml', title: '`keep-fresh/`' },
];
// Commands whose --help goes into the CLI reference, in the order of `codex-auth --help`.
export const COMMANDS = ['run', 'restore', 'persist', 'inspect', 'status', 'history', 'seed', 'unlock'];
COMMANDS.push('keep-fresh', 'revoke', 'doctor', 'keygen');

const readAction = (file) => yaml.load(readFileSync(path.join(root, file), 'utf8'));
// One line: the description's own line breaks joined, and `<` escaped, or Markdown would take `<stream>` for HTML.
const cell = (text) =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/</g, '\\<')
    .trim();
const code = (text) => (text === '' ? 'no default' : `default \`${text}\``);

function actionTables() {
  const parts = [];
  for (const { file, title } of ACTIONS) {
    const action = readAction(file);
    parts.push(`### ${title}`, '', cell(action.description), '');
    // A list, not a table: Prettier pads a table's columns to its longest description, which made the raw file
    // mostly spaces.
    parts.push('Inputs:', '');
    for (const [name, input] of Object.entries(action.inputs ?? {})) {
      const required = input.required ? ', required' : '';
      parts.push(`- \`${name}\` (${code(input.default ?? '')}${required}): ${cell(input.description)}`);
    }
    const outputs = Object.entries(action.outputs ?? {});
    if (outputs.length > 0) {
      parts.push('', 'Outputs:', '');
      for (const [name, output] of outputs) parts.push(`- \`${name}\`: ${cell(output.description)}`);
    }
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

function cliHelp() {
  const cli = path.join(root, 'dist', 'cli.cjs');
  // A fixed width and no colour: the help must not depend on the terminal that runs this.
  const env = { ...process.env, COLUMNS: '80', NO_COLOR: '1', FORCE_COLOR: '0' };
  const help = (args) => execFileSync(process.execPath, [cli, ...args, '--help'], { env, encoding: 'utf8' });
  const parts = ['### `codex-auth --help`', '', '```text', help([]).trimEnd(), '```'];
  for (const command of COMMANDS) {
    parts.push('', `### \`codex-auth ${command} --help\``, '', '```text', help([command]).trimEnd(), '```');
  }
  return parts.join('\n');
}

// Inputs that share a name with action.yml's but mean something else in the sub-action, and why.
const DIFFERENT_MEANING = {
  'restore/action.yml sandbox':
    "the profile's base for the user's own codex exec, which must not pass --sandbox",
  'restore/action.yml codex-version': 'only the seal probe runs Codex in restore',
  'keep-fresh/action.yml alert':
    'keep-fresh alerts for every stream it checks, the main action for fallback lanes',
  'keep-fresh/action.yml allow-agent-to-read-credentials':
    'keep-fresh has no sandbox input: its call is read-only',
};

/** Inputs a sub-action shares with action.yml but describes differently (description or default). */
export function subActionDrift() {
  const main = readAction('action.yml').inputs;
  const drift = [];
  for (const { file } of ACTIONS.slice(1)) {
    for (const [name, input] of Object.entries(readAction(file).inputs ?? {})) {
      const ours = main[name];
      if (!ours || DIFFERENT_MEANING[`${file} ${name}`]) continue;
      if (ours.description !== input.description)
        drift.push(`${file}: input ${name}: description differs from action.yml`);
      if ((ours.default ?? '') !== (input.default ?? ''))
        drift.push(`${file}: input ${name}: default differs from action.yml`);
    }
  }
  return drift;
}

function replaceBlock(text, name, body, file) {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file}: markers ${open} ... ${close} not found`);
  const note =
    '<!-- written by scripts/gen-docs.mjs: edit the source, then run `node scripts/gen-docs.mjs` -->';
  return `${text.slice(0, start)}${open}\n${note}\n\n${body}\n\n${text.slice(end)}`;
}

// The docs are formatted by Prettier (npm run format): the generated file is formatted the same way, or the two
// would undo each other.
async function formatted(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
  return prettier.format(text, { ...options, filepath: path.join(root, file) });
}

export async function generate() {
  const targets = [
    { file: 'docs/action-reference.md', name: 'action-inputs', body: actionTables },
    { file: 'docs/cli-reference.md', name: 'cli-help', body: cliHelp },
  ];
  return Promise.all(
    targets.map(async ({ file, name, body }) => {
      const current = readFileSync(path.join(root, file), 'utf8');
      return { file, current, wanted: await formatted(file, replaceBlock(current, name, body(), file)) };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const problems = subActionDrift();
  for (const { file, current, wanted } of await generate()) {
    if (current === wanted) continue;
    if (check)
      problems.push(
        `${file} differs from what scripts/gen-docs.mjs generates: run \`node scripts/gen-docs.mjs\``,
      );
    else writeFileSync(path.join(root, file), wanted);
  }
  for (const problem of problems) console.error(`gen-docs: ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
