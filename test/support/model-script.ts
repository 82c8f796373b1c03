// The simulator playing the model: instead of answering with text, the first turn asks Codex to run a shell
// command (a function call), exactly as a prompt-injected model would. Codex runs it in its sandbox and sends the
// command's output back as a `function_call_output` input item on the next request; that text is what the agent
// saw, so tests read it to find out what a hostile command could reach.
//
// Codex 0.169.0 offers its shell as one of these tools (which one depends on the model family it picked):
// `exec_command` ({cmd: string}), `shell_command` ({command: string}) or `shell` ({command: string[]}).

import { randomBytes } from 'node:crypto';

export interface RequestBody {
  readonly tools?: readonly { readonly type?: string; readonly name?: string }[];
  readonly input?: readonly Record<string, unknown>[];
}

/**
 * A tool call item that makes Codex run `command` in its sandbox with whichever shell tool the request offered.
 * `escalate` asks to run it outside the sandbox (`sandbox_permissions: "require_escalated"`), as a model may when
 * an approval policy lets it ask.
 */
export function shellCall(body: RequestBody, command: string, escalate = false): ToolCall {
  const ask = escalate
    ? { sandbox_permissions: 'require_escalated', justification: 'needed to finish the task' }
    : {};
  const names = new Set(offeredToolNames(body));
  // Codex's "code mode" (the default for its newest model families) offers one custom tool, `exec`, running
  // JavaScript whose `tools.exec_command` runs a shell command in the sandbox.
  if (names.has('exec') && !names.has('exec_command')) {
    const source = `const r = await tools.exec_command({ cmd: ${JSON.stringify(command)}, yield_time_ms: 20000 });\ntext(typeof r === 'string' ? r : JSON.stringify(r));\n`;
    return { kind: 'custom', name: 'exec', input: source };
  }
  if (names.has('exec_command')) {
    return {
      kind: 'function',
      name: 'exec_command',
      arguments: JSON.stringify({ cmd: command, yield_time_ms: 20_000, ...ask }),
    };
  }
  if (names.has('shell_command')) {
    return {
      kind: 'function',
      name: 'shell_command',
      arguments: JSON.stringify({ command, timeout_ms: 20_000, ...ask }),
    };
  }
  if (names.has('shell')) {
    return {
      kind: 'function',
      name: 'shell',
      arguments: JSON.stringify({ command: ['bash', '-lc', command], timeout_ms: 20_000, ...ask }),
    };
  }
  throw new Error(`the request offers no shell tool (tools: ${[...names].join(', ')})`);
}

export type ToolCall =
  | {
      readonly kind: 'function';
      readonly name: string;
      readonly arguments: string;
      /** The tool's namespace, for a tool offered inside one (`mcp__<server>` for an MCP server's tools). */
      readonly namespace?: string;
    }
  | { readonly kind: 'custom'; readonly name: string; readonly input: string };

/**
 * True for Codex's automatic approval review (`--approve-for-me`): a model call of its own whose instructions ask
 * for a strict JSON verdict such as {"outcome":"allow"} (0.169.0 and 0.171.0).
 */
export function isApprovalReview(rawBody: string): boolean {
  return rawBody.includes('final message must be strict JSON');
}

/** Tool names in `tools` and in the `additional_tools` input item (namespaced tools, Codex 0.169.0). */
export function offeredToolNames(body: RequestBody): string[] {
  const names: string[] = [];
  const visit = (tools: unknown): void => {
    if (!Array.isArray(tools)) return;
    for (const tool of tools as { name?: unknown; tools?: unknown; type?: unknown }[]) {
      if (tool.type === 'namespace') visit(tool.tools);
      else if (typeof tool.name === 'string') names.push(tool.name);
    }
  };
  visit(body.tools);
  for (const item of body.input ?? []) if (item.type === 'additional_tools') visit(item.tools);
  return names;
}

/** The `output` of every function_call_output item in the request's input, in order. */
export function functionCallOutputs(body: RequestBody): string[] {
  const outputs: string[] = [];
  for (const item of body.input ?? []) {
    if (item.type !== 'function_call_output' && item.type !== 'custom_tool_call_output') continue;
    const output = item.output;
    if (typeof output === 'string') outputs.push(output);
    else if (output !== undefined) outputs.push(JSON.stringify(output));
  }
  return outputs;
}

export function sseEvent(data: Record<string, unknown>): string {
  return `event: ${String(data.type)}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A complete Responses API stream with one output item: created, item added (as `inProgress`), the `middle`
 * events (text deltas), item done, completed with `outputTokens` of usage. Sequence numbers follow the order.
 */
export function responseEvents(options: {
  readonly responseId: string;
  readonly item: Record<string, unknown>;
  readonly inProgress: Record<string, unknown>;
  readonly middle?: readonly Record<string, unknown>[];
  readonly outputTokens: number;
}): string {
  const created = Math.floor(Date.now() / 1000);
  const response = { id: options.responseId, object: 'response', created_at: created };
  const usage = {
    input_tokens: 12,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: options.outputTokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 12 + options.outputTokens,
  };
  const events: Record<string, unknown>[] = [
    { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
    { type: 'response.output_item.added', output_index: 0, item: options.inProgress },
    ...(options.middle ?? []),
    { type: 'response.output_item.done', output_index: 0, item: options.item },
    {
      type: 'response.completed',
      response: { ...response, status: 'completed', output: [options.item], usage },
    },
  ];
  return events.map((event, index) => sseEvent({ ...event, sequence_number: index })).join('');
}

/** A Responses API stream whose only output is one tool call. */
export function functionCallStream(call: ToolCall): string {
  const suffix = randomBytes(6).toString('hex');
  const item =
    call.kind === 'function'
      ? {
          type: 'function_call',
          id: `fc_${suffix}`,
          call_id: `call_${suffix}`,
          name: call.name,
          ...(call.namespace === undefined ? {} : { namespace: call.namespace }),
          arguments: call.arguments,
          status: 'completed',
        }
      : {
          type: 'custom_tool_call',
          id: `ctc_${suffix}`,
          call_id: `call_${suffix}`,
          name: call.name,
          input: call.input,
          status: 'completed',
        };
  return responseEvents({
    responseId: `resp_${suffix}`,
    item,
    inProgress: { ...item, status: 'in_progress' },
    outputTokens: 8,
  });
}

/**
 * A call to a tool an MCP server offers: the server's name in Codex's config, the tool's, and its arguments. A
 * model learns what it needs first: `discover` is a shell command it runs before (in the sandbox), and `arguments`
 * gets that command's output (the agent cannot guess the private CODEX_HOME, but `echo $CODEX_HOME` tells it).
 */
export interface McpToolRequest {
  readonly server: string;
  readonly tool: string;
  readonly discover?: string;
  readonly arguments: (discovered: string) => Readonly<Record<string, unknown>>;
}

/**
 * A function call to the MCP tool as the request offered it: Codex 0.169.0 and 0.171.0 put an MCP server's tools in
 * a namespace `mcp__<server>` of `tools` and expect the call to name the tool and that namespace.
 */
export function mcpCall(body: RequestBody, request: McpToolRequest, discovered: string): ToolCall {
  const namespace = `mcp__${request.server}`;
  const offered = (body.tools ?? []).find((tool) => tool.type === 'namespace' && tool.name === namespace) as
    { tools?: readonly { name?: string }[] } | undefined;
  if (!offered?.tools?.some((tool) => tool.name === request.tool)) {
    throw new Error(
      `the request offers no ${namespace} ${request.tool} (tools: ${offeredToolNames(body).join(', ')})`,
    );
  }
  const args = request.arguments(discovered);
  return { kind: 'function', name: request.tool, namespace, arguments: JSON.stringify(args) };
}
