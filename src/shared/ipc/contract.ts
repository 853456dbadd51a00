import { z } from 'zod';
import type { Channel, EventChannel } from './channels';
import type { Result } from './result';
import { caseContract } from './case-contract';
import { documentContract } from './document-contract';
import { interviewContract } from './interview-contract';
import {
  auditCheckpointSchema,
  enteredPassphraseSchema,
  passphraseSchema,
  recoveryKeyInputSchema,
  vaultNameSchema,
  vaultStatusSchema,
} from '../domain/vault';

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
  // The user is active in the window: postpones the idle lock.
  'app:activity': { input: noInput, output: z.null() },
  // Answer to app:before-close: every pending edit is saved (or failed); main may lock and close.
  'app:ready-to-close': { input: noInput, output: z.null() },

  'vault:status': { input: noInput, output: vaultStatusSchema },
  // Main asks for the parent folder with its own dialog; the renderer never names a path to write.
  'vault:create': {
    input: z.strictObject({ name: vaultNameSchema, passphrase: passphraseSchema }),
    output: z.strictObject({ status: vaultStatusSchema, recoveryKey: z.string() }),
  },
  // Proves the user kept the recovery key; main then forgets it.
  'vault:confirm-recovery-key': {
    input: z.strictObject({ recoveryKey: recoveryKeyInputSchema }),
    output: vaultStatusSchema,
  },
  // Saves the printable kit (recovery key inside) where the user chooses; only before confirmation.
  'vault:save-emergency-kit': { input: noInput, output: z.strictObject({ saved: z.boolean() }) },
  // A path from the recent list, or none to ask with the folder dialog.
  'vault:open': {
    input: z.strictObject({ path: z.string().min(1).max(4096).optional() }),
    output: vaultStatusSchema,
  },
  'vault:unlock': {
    input: z.strictObject({ passphrase: enteredPassphraseSchema }),
    output: vaultStatusSchema,
  },
  'vault:recover': {
    input: z.strictObject({ recoveryKey: recoveryKeyInputSchema, newPassphrase: passphraseSchema }),
    output: vaultStatusSchema,
  },
  'vault:lock': { input: noInput, output: vaultStatusSchema },
  'vault:close': { input: noInput, output: vaultStatusSchema },
  'vault:change-passphrase': {
    input: z.strictObject({ current: enteredPassphraseSchema, next: passphraseSchema }),
    output: vaultStatusSchema,
  },
  // A new recovery key after proving the passphrase; confirmed like the one made at creation.
  'vault:rotate-recovery-key': {
    input: z.strictObject({ passphrase: enteredPassphraseSchema }),
    output: z.strictObject({ status: vaultStatusSchema, recoveryKey: z.string() }),
  },
  'vault:rename': { input: z.strictObject({ name: vaultNameSchema }), output: vaultStatusSchema },
  'vault:forget': {
    input: z.strictObject({ path: z.string().min(1).max(4096) }),
    output: vaultStatusSchema,
  },
  // The audit checkpoint to copy into a ticket or print: proves later that history was not rewritten.
  'vault:checkpoint': { input: noInput, output: auditCheckpointSchema },

  ...caseContract,
  ...documentContract,
  ...interviewContract,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** Commands the application menu and global shortcuts send to the renderer. */
export const appCommand = z.enum(['lock', 'new-case', 'search', 'command-palette', 'settings']);
export type AppCommand = z.infer<typeof appCommand>;

/** Why the vault locked; 'quit' is the window closing (after the renderer flushed its edits). */
export const lockReason = z.enum(['user', 'idle', 'system', 'quit']);

export const eventContract = {
  // The window is closing: flush every pending edit, then answer with app:ready-to-close.
  'app:before-close': z.strictObject({}),
  'app:command': z.strictObject({ command: appCommand }),
  'preferences:changed': preferencesSchema,
  'vault:locked': z.strictObject({ reason: lockReason }),
  'vault:status-changed': vaultStatusSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

/** What the renderer sees: one async function per channel, never throwing across the boundary. */
export type Api = {
  [C in Channel]: (
    ...args: InputOf<C> extends undefined ? [] : [input: InputOf<C>]
  ) => Promise<Result<OutputOf<C>>>;
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
