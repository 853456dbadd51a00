import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fill, servicesFor } from '../src/main/cli/cases-command';
import { dispatch } from '../src/main/ipc/dispatch';
import { argon2idRaw } from '../src/main/vault/kdf';
import { TEST_ARGON2, TEST_KDF_POLICY } from '../src/main/vault/kdf-policy';
import { Vault } from '../src/main/vault/vault';
import type { CaseDoc } from '../src/shared/domain/case-doc';
import type { Handlers } from '../src/shared/ipc/contract';
import type { BenchResults } from './run';
import { percentile, round, timeMs } from './stats';

/**
 * Case workspace figures on a 10,000-case demo vault (the CLI's `demo` generator, real durable
 * writes): first page of cases:list, the search index build after unlock, search p95 over typical
 * queries, and cases:get of a large case. Every call goes through `dispatch` (input parse, handler,
 * output check), as the renderer's would.
 */

const CASES = 10_000;
const PASSPHRASE = 'bench passphrase for the cases';
const kdf = { runner: { derive: argon2idRaw }, policy: TEST_KDF_POLICY };
const quiet = { out: () => undefined, err: () => undefined, env: {} };

function log(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

const hex = (n: number) => n.toString(16).padStart(32, '0');

/** 50 parties, 20 interviews' worth of notes (~3 KB each), 100 timeline facts. */
function bigCase(doc: CaseDoc, people: readonly string[]): CaseDoc {
  const note =
    'Interview notes. Q: What happened after the stand-up? A: She said he followed her to the lift and repeated the remark. '.repeat(
      25,
    );
  return {
    ...doc,
    parties: people.slice(0, 50).map((personId, i) => ({
      personId,
      role: i === 0 ? 'complainant' : i === 1 ? 'respondent' : 'witness',
    })),
    notes: Array.from({ length: 20 }, (_, i) => ({
      id: hex(1000 + i),
      at: '2026-02-10T10:00:00.000Z',
      editedAt: null,
      text: `Interview ${i + 1}. ${note}`,
    })),
    timeline: Array.from({ length: 100 }, (_, i) => ({
      id: hex(2000 + i),
      when: { date: '2026-01-15', precision: 'day' as const },
      description: `Fact ${i + 1}: the respondent was seen near the loading bay at the start of the shift.`,
      sources: [],
      allegationIds: [],
      disputed: i % 7 === 0,
    })),
  };
}

export async function benchCases(): Promise<BenchResults> {
  const root = await mkdtemp(join(tmpdir(), 'confidant-bench-cases-'));
  const dir = join(root, 'vault');
  try {
    const buildStart = performance.now();
    const created = await Vault.create(dir, PASSPHRASE, { ...TEST_ARGON2 }, kdf);
    await fill(created.vault, CASES, 2026, quiet);
    const services = servicesFor(created.vault);
    const people = (await services.people.list({ offset: 0, limit: 200 })).items.map(
      (p) => p.person.id,
    );
    const big = await services.cases.createWith(
      {
        title: 'Large case',
        type: 'harassment',
        protectedCharacteristics: [],
        priority: 'high',
        severity: 'amber',
        restricted: false,
        intake: {
          receivedOn: '2026-02-01',
          channel: 'email',
          reportedBy: null,
          account: 'A long-running matter.',
          desiredOutcome: '',
          acknowledgedOn: null,
          immediateRisk: false,
        },
        parties: [],
      },
      (doc) => bigCase(doc, people),
    );
    await created.vault.lock();
    log(`built ${CASES + 1} cases in ${Math.round((performance.now() - buildStart) / 1000)} s`);

    // Reopen as after an unlock: nothing cached.
    const vault = await Vault.unlock(dir, PASSPHRASE, kdf);
    const reopened = servicesFor(vault);
    const { cases } = reopened;
    const handlers = {
      'cases:list': (input) => cases.list(input),
      'cases:search': (input) => cases.search(input),
      'cases:get': (input) => cases.get(input),
    } as Partial<Handlers> as Handlers;

    const firstList = await timeMs(() => dispatch(handlers, 'cases:list', {}));
    const lists: number[] = [];
    for (let i = 0; i < 20; i += 1)
      lists.push(await timeMs(() => dispatch(handlers, 'cases:list', {})));

    const ws = reopened.workspaces.open();
    const buildMs = await timeMs(() => ws.searchReady());

    const numbers = (
      await cases.list({
        filters: {},
        sort: { field: 'number', direction: 'asc' },
        offset: 500,
        limit: 10,
      })
    ).items.map((o) => o.number);
    const queries = [
      'Smith',
      'nguyen thi minh khai',
      '王芳',
      'forklift',
      ...numbers,
      'tran van hung',
      '李伟',
      'expense',
      'García',
    ];
    const searches: number[] = [];
    let hits = 0;
    for (let i = 0; i < 120; i += 1) {
      const query = queries[i % queries.length]!;
      searches.push(
        await timeMs(async () => {
          const r = await dispatch(handlers, 'cases:search', { query });
          if (r.ok) hits += (r.value as { hits: unknown[] }).hits.length;
        }),
      );
    }

    const opens: number[] = [];
    for (let i = 0; i < 20; i += 1)
      opens.push(await timeMs(() => dispatch(handlers, 'cases:get', { caseId: big.caseId })));
    await vault.lock();

    const results = {
      list_10k_ms: round(percentile(lists, 50)),
      list_10k_first_ms: round(firstList),
      search_build_10k_ms: round(buildMs),
      search_p95_ms_10k: round(percentile(searches, 95)),
      search_p50_ms_10k: round(percentile(searches, 50)),
      open_case_ms: round(percentile(opens, 50)),
    };
    log(`search: ${searches.length} queries, ${hits} hits in all`);
    log(`target list_10k_ms ≤ 100: ${results.list_10k_ms <= 100 ? 'met' : 'MISSED'}`);
    log(`target search_p95_ms_10k ≤ 50: ${results.search_p95_ms_10k <= 50 ? 'met' : 'MISSED'}`);
    log(`target open_case_ms ≤ 50: ${results.open_case_ms <= 50 ? 'met' : 'MISSED'}`);
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
