import { describe, expect, it } from 'vitest';
import {
  AGE_WAIVER_RULE,
  ageOn,
  ageWaiverDates,
  COBRA_RULE,
  cobraTimeline,
  disclosureTable,
  FINAL_PAY_RULES,
  finalPayDeadline,
  finalPayRuleSchema,
  LEGAL_REVIEW_NOTE,
  legalRuleSchema,
  riskWarnings,
  type RiskInput,
} from '../../../src/shared/domain/termination-rules';

// Every period is in calendar days: the rows below land on weekends and holidays on purpose.

describe('every legal rule carries its source and the review note', () => {
  it.each([AGE_WAIVER_RULE, COBRA_RULE, ...FINAL_PAY_RULES])('$id', (rule) => {
    const common = Object.fromEntries(
      Object.keys(legalRuleSchema.shape).map((k) => [k, (rule as Record<string, unknown>)[k]]),
    );
    expect(legalRuleSchema.parse(common)).toEqual(common);
    expect(rule.reviewNote).toBe('⚖ verify for your jurisdiction; review with counsel');
    expect(rule.citation.length).toBeGreaterThan(5);
    expect(rule.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rule.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('final-pay rules validate against their schema', () => {
    for (const rule of FINAL_PAY_RULES) expect(finalPayRuleSchema.parse(rule)).toEqual(rule);
    expect(LEGAL_REVIEW_NOTE).toContain('⚖');
  });
});

describe('ageOn', () => {
  it.each([
    ['1986-02-28', '2026-02-27', 39],
    ['1986-02-28', '2026-02-28', 40],
    ['1986-12-31', '2026-12-31', 40],
    ['1986-12-31', '2026-12-30', 39],
    // 29 February birthdays: the year turns over on 1 March in common years.
    ['1988-02-29', '2028-02-28', 39],
    ['1988-02-29', '2028-02-29', 40],
    ['1987-02-28', '2027-02-28', 40],
    ['1988-02-29', '2027-02-28', 38],
    ['1988-02-29', '2027-03-01', 39],
  ])('born %s, on %s: %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});

describe('ageWaiverDates (calendar days, weekends and holidays included)', () => {
  it.each([
    // programme, delivered, signed, considerUntil, revokeUntil, effectiveOn
    ['individual', '2026-01-10', null, '2026-01-31', null, null],
    ['individual', '2026-02-10', null, '2026-03-03', null, null], // across a 28-day February
    ['individual', '2028-02-10', null, '2028-03-02', null, null], // leap year: 29 February counts
    ['individual', '2026-01-02', '2026-01-09', '2026-01-23', '2026-01-16', '2026-01-17'],
    ['individual', '2026-12-10', '2026-12-25', '2026-12-31', '2027-01-01', '2027-01-02'], // holidays count
    ['individual', '2026-02-25', '2026-02-25', '2026-03-18', '2026-03-04', '2026-03-05'],
    ['individual', '2028-02-25', '2028-02-25', '2028-03-17', '2028-03-03', '2028-03-04'],
    ['group', '2026-01-31', null, '2026-03-17', null, null],
    ['group', '2027-12-20', '2028-02-03', '2028-02-03', '2028-02-10', '2028-02-11'],
    ['group', '2026-12-20', '2027-01-31', '2027-02-03', '2027-02-07', '2027-02-08'],
  ] as const)(
    '%s delivered %s signed %s → consider until %s, revoke until %s, effective %s',
    (programme, deliveredOn, signedOn, considerUntil, revokeUntil, effectiveOn) => {
      const dates = ageWaiverDates({ programme, deliveredOn, signedOn });
      expect(dates).toMatchObject({ considerUntil, revokeUntil, effectiveOn });
      expect(dates.considerationDays).toBe(programme === 'group' ? 45 : 21);
      expect(dates.revocationDays).toBe(7);
    },
  );

  it('latest effective date: the whole consideration period, then 7 days to revoke', () => {
    // Group programme delivered on day 0: sign on day 45, revoke through day 52, effective day 53.
    expect(
      ageWaiverDates({ programme: 'group', deliveredOn: '2026-01-01' }).latestEffectiveOn,
    ).toBe('2026-02-23');
    expect(
      ageWaiverDates({ programme: 'individual', deliveredOn: '2026-01-01' }).latestEffectiveOn,
    ).toBe('2026-01-30');
  });
});

describe('disclosureTable', () => {
  it('counts selected and not selected by job title and age', () => {
    expect(
      disclosureTable([
        { jobTitle: 'Analyst', age: 45, selected: true },
        { jobTitle: 'Analyst', age: 45, selected: false },
        { jobTitle: 'Analyst', age: 29, selected: false },
        { jobTitle: 'Analyst', age: 45, selected: true },
        { jobTitle: 'Accountant', age: 61, selected: true },
      ]),
    ).toEqual([
      { jobTitle: 'Accountant', age: 61, selected: 1, notSelected: 0 },
      { jobTitle: 'Analyst', age: 29, selected: 0, notSelected: 1 },
      { jobTitle: 'Analyst', age: 45, selected: 2, notSelected: 1 },
    ]);
  });
});

describe('finalPayDeadline', () => {
  it.each([
    // jurisdiction, separation, lastDay, noticeGivenOn, noticeGivenAt, payday, dueOn, dueBy, kind
    ['US-CA', 'discharge', '2026-01-31', null, null, null, '2026-01-31', null, 'last-day'],
    ['US-CA', 'discharge', '2028-02-29', null, null, null, '2028-02-29', null, 'last-day'],
    // 3 calendar days = 72 hours of notice: due on the last day.
    [
      'US-CA',
      'resignation',
      '2026-01-31',
      '2026-01-28',
      null,
      null,
      '2026-01-31',
      null,
      'last-day',
    ],
    // Less than 72 hours: due 72 hours after the notice, weekend or not.
    [
      'US-CA',
      'resignation',
      '2026-01-31',
      '2026-01-29',
      null,
      null,
      '2026-02-01',
      null,
      'hours-after-notice',
    ],
    [
      'US-CA',
      'resignation',
      '2026-02-27',
      '2026-02-27',
      null,
      null,
      '2026-03-02',
      null,
      'hours-after-notice',
    ],
    [
      'US-CA',
      'resignation',
      '2028-02-27',
      '2028-02-27',
      null,
      null,
      '2028-03-01',
      null,
      'hours-after-notice',
    ],
    [
      'US-CA',
      'resignation',
      '2026-12-30',
      '2026-12-30',
      '16:30',
      null,
      '2027-01-02',
      '2027-01-02 16:30',
      'hours-after-notice',
    ],
    [
      'US-CA',
      'resignation',
      '2026-03-10',
      null,
      null,
      null,
      '2026-03-13',
      null,
      'hours-after-notice',
    ],
    [
      'US',
      'discharge',
      '2026-01-31',
      null,
      null,
      '2026-02-06',
      '2026-02-06',
      null,
      'next-regular-payday',
    ],
    [
      'US',
      'resignation',
      '2026-01-31',
      '2026-01-01',
      null,
      null,
      null,
      null,
      'next-regular-payday',
    ],
    [
      'US-NY',
      'discharge',
      '2026-01-31',
      null,
      null,
      '2026-02-13',
      '2026-02-13',
      null,
      'next-regular-payday',
    ],
  ] as const)(
    '%s %s last day %s, notice %s %s, payday %s → %s %s',
    (
      jurisdiction,
      separation,
      lastDay,
      noticeGivenOn,
      noticeGivenAt,
      nextRegularPayday,
      dueOn,
      dueBy,
      kind,
    ) => {
      const result = finalPayDeadline({
        jurisdiction,
        separation,
        lastDay,
        noticeGivenOn,
        noticeGivenAt,
        nextRegularPayday,
      });
      expect(result).toMatchObject({ dueOn, dueBy, deadline: { kind } });
      expect(result.fellBackToFederal).toBe(jurisdiction === 'US-NY');
      expect(result.explanation.length).toBeGreaterThan(10);
    },
  );
});

describe('cobraTimeline', () => {
  it.each([
    // event, employerIsAdministrator, notifiedOn, noticeSentOn, coverageLostOn, electedOn → employer notice, election notice, election deadline, premium
    ['2026-01-31', false, null, null, null, null, '2026-03-02', '2026-03-16', '2026-05-15', null],
    ['2028-01-31', false, null, null, null, null, '2028-03-01', '2028-03-15', '2028-05-14', null],
    ['2026-01-31', true, null, null, null, null, null, '2026-03-16', '2026-05-15', null],
    [
      '2026-01-31',
      false,
      '2026-02-05',
      '2026-02-10',
      '2026-02-28',
      '2026-04-20',
      '2026-03-02',
      '2026-02-19',
      '2026-04-29',
      '2026-06-04',
    ],
    [
      '2026-12-15',
      false,
      '2026-12-20',
      '2026-12-24',
      null,
      '2027-02-01',
      '2027-01-14',
      '2027-01-03',
      '2027-02-22',
      '2027-03-18',
    ],
  ] as const)(
    'event %s (employer administers: %s)',
    (
      event,
      employerIsAdministrator,
      notified,
      sent,
      lost,
      elected,
      employerDue,
      noticeDue,
      deadline,
      premium,
    ) => {
      expect(
        cobraTimeline({
          qualifyingEventOn: event,
          employerIsAdministrator,
          administratorNotifiedOn: notified,
          electionNoticeSentOn: sent,
          coverageLostOn: lost,
          electedOn: elected,
        }),
      ).toMatchObject({
        employerNoticeDueOn: employerDue,
        electionNoticeDueOn: noticeDue,
        electionDeadline: deadline,
        firstPremiumDueOn: premium,
      });
    },
  );
});

const SAFE_RELEASE: NonNullable<RiskInput['release']> = {
  programme: 'individual',
  consideration: 'Eight weeks’ base pay',
  considerationDays: 21,
  revocationDays: 7,
  namesAdea: true,
  advisesAttorneyInWriting: true,
  groupDisclosureIncluded: false,
};

const BASE: RiskInput = {
  jurisdiction: 'US-CA',
  age: 52,
  release: SAFE_RELEASE,
  finalPay: {
    jurisdiction: 'US-CA',
    separation: 'discharge',
    lastDay: '2026-01-30',
    plannedPayOn: '2026-01-30',
  },
};

describe('riskWarnings', () => {
  it('a compliant package has no warnings', () => {
    expect(riskWarnings(BASE)).toEqual([]);
  });

  it.each<[string, Partial<RiskInput>, string[]]>([
    [
      'age 40+ without a consideration period',
      { release: { ...SAFE_RELEASE, considerationDays: null } },
      ['age-no-consideration-period'],
    ],
    [
      'consideration 14 days',
      { release: { ...SAFE_RELEASE, considerationDays: 14 } },
      ['consideration-period-too-short'],
    ],
    [
      'group programme with 21 days and no disclosure',
      { release: { ...SAFE_RELEASE, programme: 'group' } },
      ['consideration-period-too-short', 'group-disclosure-missing'],
    ],
    [
      'revocation 3 days',
      { release: { ...SAFE_RELEASE, revocationDays: 3 } },
      ['revocation-period-too-short'],
    ],
    [
      'no revocation period',
      { release: { ...SAFE_RELEASE, revocationDays: 0 } },
      ['revocation-period-missing'],
    ],
    [
      'ADEA not named, no attorney advice',
      { release: { ...SAFE_RELEASE, namesAdea: false, advisesAttorneyInWriting: false } },
      ['adea-not-named', 'attorney-advice-missing'],
    ],
    [
      'missing release consideration',
      { release: { ...SAFE_RELEASE, consideration: ' ' } },
      ['release-consideration-missing'],
    ],
    [
      'future claims waived',
      { release: { ...SAFE_RELEASE, waivesFutureClaims: true } },
      ['future-claims-waived'],
    ],
    ['age unknown', { age: null }, ['age-unknown']],
    [
      'under 40: no OWBPA periods needed',
      {
        age: 39,
        release: { ...SAFE_RELEASE, considerationDays: 0, revocationDays: 0, namesAdea: false },
      },
      [],
    ],
    [
      'broad non-disparagement for a non-supervisor',
      { release: { ...SAFE_RELEASE, broadConfidentialityOrNonDisparagement: true } },
      ['broad-confidentiality-non-supervisory'],
    ],
    [
      'broad clause for a supervisor',
      {
        release: {
          ...SAFE_RELEASE,
          broadConfidentialityOrNonDisparagement: true,
          employeeIsSupervisor: true,
        },
      },
      [],
    ],
    [
      'California pay after the last day',
      { finalPay: { ...BASE.finalPay!, plannedPayOn: '2026-02-06' } },
      ['final-pay-after-deadline'],
    ],
    [
      'California pay date unknown',
      { finalPay: { ...BASE.finalPay!, plannedPayOn: null } },
      ['final-pay-date-unknown'],
    ],
    [
      'unknown state',
      {
        finalPay: {
          ...BASE.finalPay!,
          jurisdiction: 'US-NY',
          nextRegularPayday: '2026-02-06',
          plannedPayOn: '2026-02-06',
        },
      },
      ['final-pay-federal-fallback'],
    ],
    ['non-compete', { nonCompete: true }, ['non-compete-state-law']],
    ['small employer', { employerEmployeeCount: 12 }, ['cobra-small-employer']],
  ])('%s', (_label, change, codes) => {
    const warnings = riskWarnings({ ...BASE, ...change });
    expect(warnings.map((w) => w.code)).toEqual(codes);
    for (const w of warnings) expect(w.reviewNote).toBe(LEGAL_REVIEW_NOTE);
  });

  it('California lateness is an error, federal lateness a warning', () => {
    const ca = riskWarnings({
      ...BASE,
      finalPay: { ...BASE.finalPay!, plannedPayOn: '2026-02-02' },
    });
    expect(ca[0]).toMatchObject({ code: 'final-pay-after-deadline', severity: 'error' });
    expect(ca[0]?.message).toContain('30 days');
    const us = riskWarnings({
      ...BASE,
      finalPay: {
        jurisdiction: 'US',
        separation: 'discharge',
        lastDay: '2026-01-30',
        nextRegularPayday: '2026-02-06',
        plannedPayOn: '2026-02-13',
      },
    });
    expect(us[0]).toMatchObject({ code: 'final-pay-after-deadline', severity: 'warning' });
  });
});
