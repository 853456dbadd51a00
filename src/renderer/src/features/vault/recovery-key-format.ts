/** Recovery keys: 14 groups of 4 Crockford Base32 characters; the 14th is the check group. */
export const RECOVERY_KEY_GROUPS = 14;
const GROUP_LENGTH = 4;
export const RECOVERY_KEY_CHARS = RECOVERY_KEY_GROUPS * GROUP_LENGTH;

/** What the user typed or pasted, without spaces, dashes or case. */
export function compactRecoveryKey(typed: string): string {
  return typed.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
}

/** The key as groups for display ("ABCD-EFGH-…" → ["ABCD", "EFGH", …]). */
export function recoveryKeyGroups(key: string): string[] {
  const compact = compactRecoveryKey(key);
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP_LENGTH)
    groups.push(compact.slice(i, i + GROUP_LENGTH));
  return groups;
}

/** The typed key in the canonical dashed form, or null when it has the wrong number of characters. */
export function normaliseRecoveryKey(typed: string): { key: string } | { length: number } {
  const compact = compactRecoveryKey(typed);
  if (compact.length !== RECOVERY_KEY_CHARS) return { length: compact.length };
  return { key: recoveryKeyGroups(compact).join('-') };
}
