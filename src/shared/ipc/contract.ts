import { z } from 'zod';
import type { Channel, EventChannel } from './channels';
import type { Result } from './result';

// Inputs are strict objects: unknown keys (including `__proto__`) are refused, not stripped.
const noInput = z.undefined();

export const themePreference = z.enum(['system', 'light', 'dark']);
export const localeCode = z.enum(['en']);

export const preferencesSchema = z.strictObject({
  theme: themePreference,
  locale: localeCode,
  // Keeps case screens out of screen sharing and screenshots (BrowserWindow.setContentProtection).
  contentProtection: z.boolean(),
  idleLockMinutes: z.number().int().min(1).max(30),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDirectory: z.string(),
  runtime: z.enum(['electron', 'harness', 'cli']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const contract = {
  'app:info': { input: noInput, output: appInfoSchema },
  'preferences:get': { input: noInput, output: preferencesSchema },
  'preferences:update': { input: preferencesSchema.partial().strict(), output: preferencesSchema },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** Commands the application menu and global shortcuts send to the renderer. */
export const appCommand = z.enum(['lock', 'new-case', 'search', 'command-palette', 'settings']);
export type AppCommand = z.infer<typeof appCommand>;

export const eventContract = {
  'app:command': z.strictObject({ command: appCommand }),
  'preferences:changed': preferencesSchema,
  'vault:locked': z.strictObject({ reason: z.enum(['user', 'idle', 'system']) }),
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

/** What the renderer sees: one async function per channel, never throwing across the boundary. */
export type Api = {
  [C in Channel]: (...args: InputOf<C> extends undefined ? [] : [input: InputOf<C>]) => Promise<
    Result<OutputOf<C>>
  >;
};

/** What main implements: one handler per channel, called only with validated input. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;
};

/** Subscription to main → renderer events; returns an unsubscribe function. */
export type Subscribe = <E extends EventChannel>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;
