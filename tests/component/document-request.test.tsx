import { describe, expect, it } from 'vitest';
import { formFor } from '@renderer/features/documents/document-forms';
import {
  buildInput,
  issuesOf,
  parseMoneyLine,
  placeIssues,
  plainIssueKey,
  renderRequest,
} from '@renderer/features/documents/document-request';
import {
  generationReducer,
  initialGeneration,
} from '@renderer/features/documents/generation-state';
import { passwordProblem } from '@renderer/features/documents/PasswordProtection';

describe('document request building', () => {
  it('turns flat values into the nested request, leaving blanks out', () => {
    const form = formFor('termination-letter');
    const { input, errors } = buildInput(form, {
      ...form.defaults,
      'signatory.name': ' Jordan Lee ',
      'finalPay.payOn': '2026-03-31',
      'benefits.employerIsAdministrator': false,
      property: 'Laptop\n\n Badge ',
      reason: '',
    });
    expect(errors).toEqual({});
    expect(input).toEqual({
      signatory: { name: 'Jordan Lee' },
      jurisdiction: 'US',
      separation: 'discharge',
      finalPay: { payOn: '2026-03-31', method: 'direct-deposit' },
      property: ['Laptop', 'Badge'],
    });
  });

  it('keeps required-but-empty keys, and item lines as objects', () => {
    expect(buildInput(formFor('report'), {}).input).toEqual({
      commissionedBy: '',
      scope: '',
      policies: [],
    });
    expect(buildInput(formFor('property-checklist'), { items: 'Laptop\nBadge' }).input).toEqual({
      items: [{ item: 'Laptop' }, { item: 'Badge' }],
    });
  });

  it('reads money lines in cents and flags the ones without an amount', () => {
    expect(parseMoneyLine('Final wages: 1,234.50')).toEqual({
      label: 'Final wages',
      amountCents: 123450,
    });
    expect(parseMoneyLine('Advance = -$200')).toEqual({ label: 'Advance', amountCents: -20000 });
    expect(parseMoneyLine('Bonus')).toBeNull();
    const { errors } = buildInput(formFor('final-pay-summary'), { items: 'Wages: 10\nBonus' });
    expect(errors).toEqual({ items: 'moneyLine' });
  });

  it('sends redacted only for the report, and the password only when set', () => {
    expect(renderRequest('report', 'c', {}, { redacted: true, password: null })).toEqual({
      kind: 'report',
      caseId: 'c',
      input: {},
      redacted: true,
    });
    expect(
      renderRequest('exit-interview', 'c', {}, { redacted: true, password: 'open sesame' }),
    ).toEqual({ kind: 'exit-interview', caseId: 'c', input: {}, password: 'open sesame' });
  });

  it('places main’s issues on fields, in either form main sends them', () => {
    const issues = issuesOf({
      code: 'InvalidInput',
      message: 'x',
      details: {
        issues: [
          { path: 'input.finalPay.payOn', message: 'Invalid ISO date' },
          'input.lastDay: no termination date',
          { path: 'password', message: 'Too small' },
          { path: 'input.items.0.amountCents', message: 'Too big' },
        ],
      },
    });
    const placed = placeIssues(formFor('termination-letter'), issues);
    expect(placed.byField).toEqual({
      'finalPay.payOn': 'Invalid ISO date',
      lastDay: 'no termination date',
    });
    expect(placed.unplaced.map((i) => i.path)).toEqual(['password', 'items.0.amountCents']);
    expect(placeIssues(formFor('final-pay-summary'), issues).byField['items']).toBe('Too big');
    expect(issuesOf({ code: 'NotFound', message: 'x' })).toEqual([]);
  });

  it('says the common zod messages in words', () => {
    expect(plainIssueKey('Invalid input: expected string, received undefined')).toBe('required');
    expect(plainIssueKey('Invalid ISO date')).toBe('date');
    expect(plainIssueKey('Too small: expected array to have >=1 items')).toBe('atLeastOne');
    expect(plainIssueKey('no termination date')).toBeNull();
  });
});

describe('generation state', () => {
  const preview = { sha256: 'a' } as never;

  it('drops an answer that arrives after Cancel or a newer request', () => {
    let s = generationReducer(initialGeneration, { type: 'start', token: 1 });
    s = generationReducer(s, { type: 'cancel' });
    expect(s).toEqual({ phase: 'idle', cancelled: true });
    expect(generationReducer(s, { type: 'succeeded', token: 1, preview, password: null })).toBe(s);
    s = generationReducer(s, { type: 'start', token: 2 });
    s = generationReducer(s, { type: 'start', token: 3 });
    expect(generationReducer(s, { type: 'succeeded', token: 2, preview, password: null })).toBe(s);
    expect(generationReducer(s, { type: 'succeeded', token: 3, preview, password: 'p' })).toEqual({
      phase: 'generated',
      preview,
      password: 'p',
    });
  });

  it('forgets a refusal of the inputs once they change, but keeps other failures', () => {
    const refused = { phase: 'failed', error: { code: 'InvalidInput', message: 'x' } } as const;
    expect(generationReducer(refused, { type: 'edited' })).toEqual(initialGeneration);
    const broken = { phase: 'failed', error: { code: 'Internal', message: 'x' } } as const;
    expect(generationReducer(broken, { type: 'edited' })).toBe(broken);
  });

  it('checks the password pair before anything is sent', () => {
    expect(passwordProblem({ enabled: false, password: '', confirm: '' })).toBeNull();
    expect(passwordProblem({ enabled: true, password: 'short', confirm: 'short' })).toBe(
      'tooShort',
    );
    expect(
      passwordProblem({ enabled: true, password: 'long enough', confirm: 'long enougH' }),
    ).toBe('mismatch');
    expect(
      passwordProblem({ enabled: true, password: 'long enough', confirm: 'long enough' }),
    ).toBeNull();
  });
});
