// What actions/runner makes of a step's output lines (Handlers/OutputManager.cs, ActionCommandManager.cs,
// SecretMasker): which lines are workflow commands and what each does, which lines a person sees in the log and
// how they are masked, and whether a command failed the step. Both stdout and stderr go through it (the runner
// gives each stream its own OutputManager over one command manager). Problem matchers are recorded, not applied.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseCommand, type ParsedCommand, RUNNER_COMMANDS } from './runner-commands.js';

export type OutputStream = 'stdout' | 'stderr';

/** One line of a step's output as the runner read it; index counts per stream. */
export interface LogLine {
  readonly stream: OutputStream;
  readonly index: number;
  readonly text: string;
}

/** A command that took effect (stop-commands and its resume token included), in order. */
export interface TookEffect extends ParsedCommand {
  readonly stream: OutputStream;
  readonly index: number; // 0-based line of its stream
}

export interface Annotation {
  readonly type: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
  /** 'command': a ::error:: etc. the step printed; 'runner': the runner's own (a command that failed...). */
  readonly source: 'command' | 'runner';
}

export interface MaskEntry {
  readonly value: string;
  readonly stream: OutputStream;
  readonly index: number;
  readonly renderedIndex: number; // rendered lines before it took effect
}

export interface RunnerLogResult {
  /** The log a person sees: plain lines masked with the masks in effect when each was processed. */
  readonly rendered: readonly string[];
  readonly commands: readonly TookEffect[];
  readonly annotations: readonly Annotation[];
  readonly outputs: Readonly<Record<string, string>>; // ::set-output::
  readonly state: Readonly<Record<string, string>>; // ::save-state::
  readonly env: Readonly<Record<string, string>>; // ::set-env:: (only with ACTIONS_ALLOW_UNSECURE_COMMANDS)
  readonly path: readonly string[]; // ::add-path:: (likewise)
  readonly matchers: readonly string[]; // ::add-matcher:: files, as given
  readonly masks: readonly MaskEntry[];
  /** Why a command failed the step (the runner sets CommandResult = Failed), or null. */
  readonly failure: string | null;
}

export interface RunnerLogOptions {
  readonly workspace?: string;
  /** The step's environment: ACTIONS_ALLOW_UNSECURE_COMMANDS=true lets set-env and add-path work. */
  readonly env?: Readonly<Record<string, string>>;
  /** ACTIONS_STEP_DEBUG: the runner then echoes commands. Default false. */
  readonly echo?: boolean;
}

// Constants.Runner.UnsupportedCommandMessageDisabled, shortened.
const disabled = (name: string) =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`;
// Commands whose line the runner does not echo (OmitEcho).
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice']);

export class RunnerLog {
  readonly #known = new Set<string>(RUNNER_COMMANDS);
  readonly #masks: MaskEntry[] = [];
  readonly #rendered: string[] = [];
  readonly #commands: TookEffect[] = [];
  readonly #annotations: Annotation[] = [];
  readonly #outputs = new Map<string, string>();
  readonly #state = new Map<string, string>();
  readonly #env = new Map<string, string>();
  readonly #path: string[] = [];
  readonly #matchers: string[] = [];
  readonly #counts = { stdout: 0, stderr: 0 };
  #stopToken: string | null = null; // non-null while commands are stopped ('' never resumes)
  #echo: boolean;
  #failure: string | null = null;

  constructor(private readonly options: RunnerLogOptions = {}) {
    this.#echo = options.echo ?? false;
  }

  /** One line (already split the runner's way) of one stream, in the order the runner receives them. */
  line(stream: OutputStream, text: string): void {
    const index = this.#counts[stream]++;
    const command = parseCommand(text, this.#known);
    if (command && this.#command(command, text, stream, index)) return;
    this.#output(text);
  }

  result(): RunnerLogResult {
    return {
      rendered: [...this.#rendered],
      commands: [...this.#commands],
      annotations: [...this.#annotations],
      outputs: Object.fromEntries(this.#outputs),
      state: Object.fromEntries(this.#state),
      env: Object.fromEntries(this.#env),
      path: [...this.#path],
      matchers: [...this.#matchers],
      masks: [...this.#masks],
      failure: this.#failure,
    };
  }

  /** Masks apply to everything written from now on, as the runner's SecretMasker does. */
  mask(text: string): string {
    const ranges: [number, number][] = [];
    for (const { value } of this.#masks) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        ranges.push([at, at + value.length]);
      }
    }
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let cursor = 0;
    for (const [start, end] of ranges) {
      if (end <= cursor) continue;
      out += `${text.slice(cursor, Math.max(start, cursor))}***`;
      cursor = end;
    }
    return out + text.slice(cursor);
  }

  #output(text: string): void {
    this.#rendered.push(this.mask(text));
  }

  #issue(type: Annotation['type'], message: string, source: Annotation['source'], props = {}): void {
    this.#annotations.push({ type, message, properties: props, source });
    this.#output(`##[${type}]${message}`);
  }

  /** TryProcessCommand: false when the line is plain output after all (commands stopped, not the token). */
  #command(command: ParsedCommand, text: string, stream: OutputStream, index: number): boolean {
    const took = (): void => void this.#commands.push({ ...command, stream, index });
    if (this.#stopToken !== null) {
      if (this.#stopToken === '' || command.name !== this.#stopToken) return false;
      this.#output(text);
      this.#known.delete(this.#stopToken);
      this.#stopToken = null;
      took();
      return true;
    }
    if (command.name === 'stop-commands') {
      this.#output(text);
      this.#stopToken = command.data.toLowerCase();
      this.#known.add(this.#stopToken);
      took();
      return true;
    }
    if (this.#echo && !OMIT_ECHO.has(command.name)) this.#output(text);
    try {
      this.#apply(command, stream, index);
      took();
    } catch (error) {
      const shown = command.name === 'add-mask' ? command.name : text;
      this.#issue('error', `Unable to process command '${shown}' successfully.`, 'runner');
      this.#issue('error', (error as Error).message, 'runner');
      this.#failure ??= `${command.name}: ${(error as Error).message}`;
    }
    return true;
  }

  #apply({ name, properties, data }: ParsedCommand, stream: OutputStream, index: number): void {
    const required = (key: string): string => {
      const value = properties[key];
      if (!value) throw new Error(`Required field '${key}' is missing in ##[${name}] command.`);
      return value;
    };
    switch (name) {
      case 'add-mask':
        if (data.trim() === '') {
          this.#issue('warning', "Can't add secret mask for empty string in ##[add-mask] command.", 'runner');
        } else {
          if (this.#echo) this.#output('::add-mask::***');
          this.#masks.push({ value: data, stream, index, renderedIndex: this.#rendered.length });
        }
        return;
      case 'set-output':
        this.#outputs.set(required('name'), data);
        return;
      case 'save-state':
        this.#state.set(required('name'), data);
        return;
      case 'set-env':
      case 'add-path':
        return this.#unsecure(name, properties, data);
      case 'add-matcher':
        return this.#addMatcher(data);
      case 'remove-matcher':
        return;
      case 'error':
      case 'warning':
      case 'notice':
        return this.#issue(name, data, 'command', properties);
      case 'group':
        return this.#output(`##[group]${data}`);
      case 'endgroup':
        return this.#output('##[endgroup]');
      case 'echo':
        return this.#setEcho(data);
      default: // debug: only with ACTIONS_STEP_DEBUG, never in the plain log
        return;
    }
  }

  #unsecure(name: string, properties: Readonly<Record<string, string>>, data: string): void {
    const env = this.options.env ?? {};
    if (env.ACTIONS_ALLOW_UNSECURE_COMMANDS?.toLowerCase() !== 'true') throw new Error(disabled(name));
    if (name === 'add-path') {
      if (data === '') throw new Error("Parameter 'path' cannot be null or empty.");
      this.#path.push(data);
      return;
    }
    const envName = properties.name;
    if (!envName) throw new Error("Required field 'name' is missing in ##[set-env] command.");
    if (envName.toUpperCase() === 'NODE_OPTIONS') {
      this.#issue(
        'error',
        "Can't update NODE_OPTIONS environment variable using ::set-env:: command.",
        'runner',
      );
      return;
    }
    this.#env.set(envName, data);
  }

  #addMatcher(file: string): void {
    if (file === '') {
      this.#issue('warning', 'File path must be specified.', 'runner');
      return;
    }
    const path = isAbsolute(file) ? file : join(this.options.workspace ?? process.cwd(), file);
    // IOUtil.LoadObject throws for a missing or malformed file, and the runner then fails the step.
    if (!existsSync(path)) throw new Error(`Could not find file '${path}'.`);
    JSON.parse(readFileSync(path, 'utf8'));
    this.#matchers.push(file);
  }

  #setEcho(data: string): void {
    const value = data.trim().toUpperCase();
    if (value !== 'ON' && value !== 'OFF') {
      throw new Error(
        `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${data}'.`,
      );
    }
    this.#echo = value === 'ON';
  }
}

/** Both streams through the runner's command processing, in the order the lines arrived. */
export function processLog(lines: readonly LogLine[], options: RunnerLogOptions = {}): RunnerLogResult {
  const runner = new RunnerLog(options);
  for (const line of lines) runner.line(line.stream, line.text);
  return runner.result();
}

/**
 * The runner masks only lines it processes after ::add-mask::, so a value printed earlier stays in the rendered
 * log. Found in the rendered log, located in the raw lines for the message (which never holds the value).
 */
export function maskedTooLate(label: string, lines: readonly LogLine[], log: RunnerLogResult): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const mask of log.masks) {
    if (seen.has(mask.value)) continue;
    seen.add(mask.value);
    if (!log.rendered.slice(0, mask.renderedIndex).some((line) => line.includes(mask.value))) continue;
    const at = lines.findIndex((l) => l.stream === mask.stream && l.index === mask.index);
    const early = lines
      .slice(0, at)
      .find((l) => l.text.includes(mask.value) && !/^\s*::add-mask::/.test(l.text));
    problems.push(
      `${label}: a value masked at ${mask.stream} line ${mask.index} (length ${mask.value.length}) was printed ` +
        `before its mask${early ? `, at ${early.stream} line ${early.index}` : ''}`,
    );
  }
  return problems;
}
