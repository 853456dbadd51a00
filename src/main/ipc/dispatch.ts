import { isChannel } from '../../shared/ipc/channels';
import { contract, type Handlers } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { AppError } from './app-error';

export interface DispatchOptions {
  /** Receives failures that are bugs (not AppErrors). Must log ids only, never case content. */
  onInternalError?: (channel: string, error: unknown) => void;
}

const MAX_ISSUES = 10;

/**
 * The single entry point for every call from the renderer, whether it came over Electron IPC or the
 * loopback harness: unknown channel → refuse; invalid input → refuse before any handler work;
 * otherwise run the handler and check its output against the contract, so a handler can never leak
 * fields the contract does not name.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('UnknownChannel', `Unknown channel: ${String(channel).slice(0, 80)}`);
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return fail('InvalidInput', `Invalid input for ${channel}`, { issues });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      options.onInternalError?.(channel, new Error('handler output violates the contract'));
      return fail('Internal', 'The app produced an unexpected result. Please try again.');
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.details);
    options.onInternalError?.(channel, error);
    return fail('Internal', 'Something went wrong inside Confidant. Please try again.');
  }
}
