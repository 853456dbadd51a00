import { z } from 'zod';
import { AppError } from '../ipc/app-error';
import { formatRecoveryKey, parseRecoveryKey } from '../vault/recovery-key';
import { renderPdf } from './render';
import { parseOrThrow, type Block, type RenderOptions } from './spec';

/**
 * The vault emergency kit (vault.md §3): one printable page with the recovery key, rendered in
 * memory and handed straight to the print or save dialog. It must fit one page on both A4 and US
 * Letter, because a second sheet is the one that gets lost.
 */

export const emergencyKitInputSchema = z.strictObject({
  vaultName: z.string().trim().min(1, 'vaultName is empty').max(200),
  vaultPath: z.string().trim().min(1, 'vaultPath is empty').max(4096),
  vaultId: z.string().trim().min(1, 'vaultId is empty').max(200),
  createdAt: z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]),
  recoveryKey: z.string().trim().min(1, 'recoveryKey is empty').max(200),
  pageSize: z.enum(['A4', 'LETTER']).optional(),
});
export type EmergencyKitInput = z.input<typeof emergencyKitInputSchema>;

/** Unambiguous across locales and time zones: a tribunal reading "03/04" should not have to guess. */
function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function recoveryGroups(text: string): string[] {
  try {
    // Round-trip through the parser: a key that fails its own check group must never be printed,
    // and lower case or stray spaces from the caller come out in the canonical form.
    return formatRecoveryKey(parseRecoveryKey(text)).split('-');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'InvalidInput',
      `Invalid emergency kit: recoveryKey is not a valid recovery key. ${reason}`,
      {
        issues: ['recoveryKey: not a valid recovery key'],
      },
    );
  }
}

/** Keep the start (drive, home) and the end (the vault's own folder name) of an overlong path. */
function shortenPath(path: string, max: number): string {
  const chars = [...path];
  if (chars.length <= max) return path;
  const head = Math.floor(max * 0.4);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - head - 1)).join('')} (shortened)`;
}

function kitBlocks(
  input: z.output<typeof emergencyKitInputSchema>,
  groups: string[],
  compact: boolean,
): Block[] {
  const vaultPath = compact ? shortenPath(input.vaultPath, 200) : input.vaultPath;
  const blocks: Block[] = [
    {
      type: 'title',
      text: 'Confidant emergency kit',
      subtitle: `Recovery key for the vault “${input.vaultName}”`,
    },
    {
      type: 'keyValue',
      items: [
        { key: 'Vault name', value: input.vaultName },
        { key: 'Vault folder', value: vaultPath },
        { key: 'Vault ID', value: input.vaultId },
        { key: 'Created', value: formatUtc(input.createdAt) },
      ],
    },
    { type: 'heading', level: 2, text: 'Recovery key' },
    {
      type: 'codeGroups',
      groups,
      checkLast: true,
      columns: 5,
      caption:
        'Type all 14 groups in order. The last group is a check: Confidant uses it to spot a typing mistake. ' +
        'The letters I, L, O and U are never used.',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Anyone with this key and the vault folder can read every case.',
      text:
        'Store this page offline, for example in a safe or a locked cabinet. Print it; do not keep a ' +
        'digital copy on this computer: no saved PDF, scan, photo or screenshot.',
    },
    { type: 'heading', level: 2, text: 'If you forget your passphrase' },
    {
      type: 'list',
      ordered: true,
      items: [
        'Open Confidant and choose this vault.',
        'Choose Unlock → Use recovery key.',
        'Type the 14 groups exactly as printed. Capitals, spaces and dashes do not matter.',
      ],
    },
    { type: 'heading', level: 2, text: 'Keep it safe' },
    {
      type: 'list',
      items: [
        'Never write your passphrase on this page: the key and the passphrase must not be found together.',
        'If this page is lost, or someone else may have seen it, replace the recovery key in Confidant and destroy this page.',
      ],
    },
    { type: 'writeIn', label: 'Where I stored this page (a place, never the passphrase):' },
  ];
  // A very long folder path can push the last block off the page. The compact form shortens the
  // path in the middle and drops the restated name and the second list rather than spilling onto a
  // second sheet; the kit's essentials (key, warning, how to use it) are always kept.
  if (!compact) return blocks;
  return blocks
    .map((b) => (b.type === 'title' ? { type: 'title' as const, text: b.text } : b))
    .filter((b) => !(b.type === 'heading' && b.text === 'Keep it safe'))
    .filter((b) => !(b.type === 'list' && b.ordered !== true));
}

/** Render the one-page emergency kit. Throws AppError('InvalidInput') for bad input. */
export async function renderEmergencyKit(input: EmergencyKitInput): Promise<Buffer> {
  const valid = parseOrThrow(emergencyKitInputSchema, input, 'emergency kit');
  const groups = recoveryGroups(valid.recoveryKey);
  const options: RenderOptions = {
    title: `Confidant emergency kit — ${valid.vaultName}`,
    lang: 'en',
    pageSize: valid.pageSize ?? 'A4',
    confidentiality: {
      marking: 'CONFIDENTIAL',
      line: 'Contains a vault recovery key · keep offline',
    },
    documentId: `emergency-kit/${valid.vaultId}`,
    createdAt: valid.createdAt,
  };
  for (const compact of [false, true]) {
    const rendered = await renderPdf({ blocks: kitBlocks(valid, groups, compact) }, options);
    if (rendered.pageCount === 1) return rendered.bytes;
  }
  throw new AppError(
    'InvalidInput',
    'Invalid emergency kit: the vault folder path is too long to print on one page.',
    {
      issues: ['vaultPath: too long for one page'],
    },
  );
}
