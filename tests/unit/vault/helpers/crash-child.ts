/**
 * Child process for the kill -9 loop (vault.md D1). Opens (or creates) the vault given on the
 * command line and performs random writes forever, printing `I <op>` before and `A <op>` after each
 * acknowledged write, until the parent kills it with SIGKILL.
 *
 * argv: <root> <vaultKeyHex> <vaultIdHex> <seed>
 */
import { AppError } from '../../../../src/main/ipc/app-error';
import { VaultStore } from '../../../../src/main/vault/vault-store';

const [root = '', keyHex = '', idHex = '', seedText = '1'] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
function rand(n: number): number {
  // xorshift32: reproducible per iteration, no dependency.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const vaultKey = Buffer.from(keyHex, 'hex');
  const vaultId = Buffer.from(idHex, 'hex');
  let store: VaultStore;
  try {
    store = await VaultStore.open(root, vaultKey, vaultId);
  } catch (error) {
    if (!(error instanceof AppError) || !['DocMissing', 'NotFound'].includes(error.code))
      throw error;
    store = await VaultStore.create(root, vaultKey, vaultId);
  }
  say('READY');
  const counters = new Map<string, number>();
  for (const c of await store.listCases()) {
    counters.set(c.caseId, (await store.readCase<{ n: number }>(c.caseId)).value.n);
  }
  for (;;) {
    const ids = [...counters.keys()];
    const pick = rand(100);
    if (ids.length < 2 || (pick < 8 && ids.length < 6)) {
      say('I create');
      const id = await store.createCase({ title: 'case' }, { n: 0, pad: 'p'.repeat(rand(6000)) });
      counters.set(id, 0);
      say(`A create ${id}`);
    } else if (pick < 12) {
      const id = ids[rand(ids.length)]!;
      say(`I shred ${id}`);
      await store.shredCase(id);
      counters.delete(id);
      say(`A shred ${id}`);
    } else if (pick < 20) {
      const n = rand(1_000_000);
      say(`I settings ${n}`);
      await store.setSettings({ n });
      say(`A settings ${n}`);
    } else {
      const id = ids[rand(ids.length)]!;
      const n = counters.get(id)! + 1;
      say(`I update ${id} ${n}`);
      await store.updateCase(id, { n, pad: 'q'.repeat(rand(9000)) });
      counters.set(id, n);
      say(`A update ${id} ${n}`);
    }
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${error instanceof AppError ? error.code : String(error)}`);
  process.exit(2);
});
