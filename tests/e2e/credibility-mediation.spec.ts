import { HARNESS_CLOCK_START } from '../harness/harness-clock';
import { seriousViolations } from './axe';
import { expect, test, type HarnessControl } from './fixtures';
import { createVault, draftOf, shot, shotOf } from './journey-helpers';

/**
 * Issue #5's credibility worksheet, mediation workspace and leaver dashboard in the real renderer:
 * a mediation case and a leaver set up through the channels, then read and edited from the UI.
 * CONFIDANT_SHOTS=<dir> saves screenshots of each screen.
 */

const CAUCUS = 'Lan is worried about her review.';

type Value = Record<string, unknown>;
async function call(harness: HarnessControl, channel: string, input?: unknown): Promise<Value> {
  const result = (await harness.call(channel, input)) as { ok: boolean; value?: Value };
  expect(result.ok, channel).toBe(true);
  return result.value ?? {};
}

const intake = (reportedBy: string) => ({
  receivedOn: '2026-02-20',
  channel: 'email',
  reportedBy,
  account: 'We keep clashing over the shared desk.',
  desiredOutcome: 'A fair arrangement.',
  acknowledgedOn: null,
  immediateRisk: false,
});

async function seed(harness: HarnessControl): Promise<void> {
  const person = async (name: string) =>
    (await call(harness, 'people:upsert', { person: { name } }))['id'] as string;
  const lan = await person('Nguyễn Thị Lan');
  const wei = await person('张伟');
  const an = await person('Trần Văn An');
  const { caseId } = (await call(harness, 'cases:create', {
    title: 'Desk-sharing dispute',
    type: 'interpersonal-conflict-mediation',
    intake: intake(lan),
    parties: [
      { personId: lan, role: 'complainant' },
      { personId: wei, role: 'respondent' },
    ],
  })) as { caseId: string };
  const got = (await call(harness, 'cases:get', { caseId })) as { doc: Value; seq: number };
  const keep = [
    'v',
    'id',
    'number',
    'workflow',
    'statusHistory',
    'evidence',
    'custody',
    'interviews',
    'createdAt',
    'updatedAt',
  ];
  const content = Object.fromEntries(Object.entries(got.doc).filter(([k]) => !keep.includes(k)));
  const factor = (bearing: string, note = '') => ({ bearing, note });
  await call(harness, 'cases:update', {
    caseId,
    expectedSeq: got.seq,
    content: {
      ...content,
      credibility: [
        {
          personId: wei,
          factors: {
            plausibility: factor('supports', 'Consistent with the desk booking log.'),
            demeanour: factor('not-assessed'),
            motive: factor('neutral'),
            corroboration: factor('undermines', 'Two colleagues recall it differently.'),
            pastRecord: factor('not-assessed'),
          },
          overall: 'partly-credible',
          conclusion: 'Reliable on the booking rules, less so on the exchange itself.',
        },
      ],
      mediation: {
        mediator: 'Đỗ Hoàng Yến',
        suitable: 'yes',
        suitabilityNote: 'Peers, no power imbalance, no safety risk.',
        participants: [
          { personId: lan, consentedOn: '2026-03-02' },
          { personId: wei, consentedOn: '2026-03-03' },
        ],
        sessions: [
          { id: '1'.repeat(32), kind: 'caucus', personId: lan, on: '2026-03-05', notes: CAUCUS },
          {
            id: '2'.repeat(32),
            kind: 'caucus',
            personId: wei,
            on: '2026-03-05',
            notes: 'Feels excluded.',
          },
          { id: '3'.repeat(32), kind: 'joint', on: '2026-03-10', notes: 'Ground rules agreed.' },
        ],
        agreement: {
          outcome: 'full',
          terms: [{ id: '4'.repeat(32), text: 'Desks are assigned weekly by the team lead.' }],
          signedOn: '2026-03-10',
          reviewOn: '2026-06-10',
        },
      },
    },
  });
  // A leaver with an exit interview, for the dashboard.
  const exitCase = (await call(harness, 'cases:create', {
    title: 'Resignation — Trần Văn An',
    type: 'resignation-exit',
    intake: intake(an),
    parties: [{ personId: an, role: 'other' }],
  })) as { caseId: string };
  const created = (await call(harness, 'interviews:create', {
    caseId: exitCase.caseId,
    kind: 'exit',
    personId: an,
    role: 'other',
  })) as { interview: Value & { rev: number } };
  const iv = created.interview;
  await call(harness, 'interviews:update', {
    caseId: exitCase.caseId,
    interviewId: iv['id'],
    expectedRev: iv.rev,
    draft: {
      ...draftOf(iv),
      exit: {
        ...(iv['exit'] as Value),
        reasons: ['Workload', 'Commute', 'Pay'],
        primaryReason: 'Workload',
        rehire: 'eligible',
      },
    },
  });
}

test('credibility worksheet, mediation workspace and leavers on the dashboard', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  page.setDefaultTimeout(10_000);
  await page.clock.setFixedTime(HARNESS_CLOCK_START);
  await page.goto(harness.url);
  await createVault(page, harness);
  await seed(harness);

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('row', { name: /Desk-sharing dispute/ }).click();
  await page.getByRole('tab', { name: 'Credibility' }).click();
  await expect(page.getByRole('heading', { name: 'Credibility: 张伟' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Demeanour' }).getByRole('note')).toContainText(
    'unreliable guide to truthfulness',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'credibility', { tall: true });

  await page.getByRole('tab', { name: 'Mediation' }).click();
  const lanCaucus = page.getByRole('region', { name: 'Private meeting with Nguyễn Thị Lan' });
  await expect(lanCaucus.getByText('Private — never shared')).toBeVisible();
  await expect(lanCaucus.getByRole('textbox', { name: 'Notes' })).toHaveValue(CAUCUS);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'mediation', { tall: true });

  // Both tabs in the dark scheme too: the private compartment's tint and badge must stay legible.
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const tab of ['Credibility', 'Mediation']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page), `${tab} (dark)`).toEqual([]);
  }
  await shot(page, 'mediation-dark', { tall: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const exits = page.getByRole('region', { name: 'Why people leave' });
  await expect(exits.getByRole('listitem').first()).toHaveAttribute(
    'aria-label',
    'Workload: given by 1 leaver, the main reason for 1',
  );
  const rehire = page.getByRole('region', { name: 'Eligible for rehire' });
  await expect(rehire.getByText('Trần Văn An')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'dashboard', { tall: true });
  await shotOf(exits, 'dashboard-exits');
  await rehire.getByRole('link', { name: /Open case .* of Trần Văn An/ }).click();
  await expect(page.getByRole('heading', { name: 'Resignation — Trần Văn An' })).toBeVisible();
});
