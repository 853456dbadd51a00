import { z } from 'zod';

// What the renderer may know about vaults: names, folders and lock state — never keys.

/** Passphrase rules main enforces; the UI adds strength feedback on top. */
export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;
export const passphraseSchema = z.string().min(PASSPHRASE_MIN_LENGTH).max(PASSPHRASE_MAX_LENGTH);
/** For unlocking: any length the user typed (the KDF decides), but bounded. */
export const enteredPassphraseSchema = z.string().min(1).max(PASSPHRASE_MAX_LENGTH);

export const vaultNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine(
    // It becomes a folder name on every OS: refuse what Windows, macOS or Linux would reject.
    (name) => ![...name].some((c) => '\\/:*?"<>|'.includes(c) || c.charCodeAt(0) < 0x20),
    'A vault name cannot contain / \\ : * ? " < > | or control characters',
  );

/** Crockford Base32 groups with dashes or spaces; main parses and checks it. */
export const recoveryKeyInputSchema = z.string().min(40).max(200);

export const vaultSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  path: z.string(),
});
export type VaultSummary = z.infer<typeof vaultSummarySchema>;

export const recentVaultSummarySchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentVaultSummary = z.infer<typeof recentVaultSummarySchema>;

export const vaultStateSchema = z.enum(['closed', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.strictObject({
  state: vaultStateSchema,
  vault: vaultSummarySchema.nullable(),
  recent: z.array(recentVaultSummarySchema),
  /** True between vault creation and the user confirming they kept the recovery key. */
  recoveryKeyPending: z.boolean(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const auditCheckpointSchema = z.strictObject({
  size: z.number().int().nonnegative(),
  head: z.string(),
  time: z.string(),
});
export type AuditCheckpointView = z.infer<typeof auditCheckpointSchema>;
