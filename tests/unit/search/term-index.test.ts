import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../../src/main/search/term-index';
import { indexTokens, queryTokens } from '../../../src/main/search/tokenize';

type F = 'title' | 'body';
const index = () => new TermIndex<F>(['title', 'body'], { title: 3, body: 1 });
const doc = (title: string, body: string) => ({
  title: indexTokens(title),
  body: indexTokens(body),
});
const ids = (ix: TermIndex<F>, query: string) => ix.search(queryTokens(query)).map(([id]) => id);

describe('TermIndex (MiniSearch)', () => {
  it('ANDs query tokens, with prefix, one-edit and transposition matches', () => {
    const ix = index();
    ix.add('a', doc('Forklift incident', 'in aisle seven'));
    ix.add('b', doc('Expense claims', 'forklift rental invoices'));
    expect(ids(ix, 'forklift aisle')).toEqual(['a']);
    expect(ids(ix, 'forkl').sort()).toEqual(['a', 'b']);
    expect(ids(ix, 'forkift').sort()).toEqual(['a', 'b']);
    expect(ids(ix, 'froklift').sort()).toEqual(['a', 'b']);
    expect(ids(ix, 'expnese')).toEqual(['b']);
    // No fuzzy below five characters, no Latin prefix below two.
    expect(ids(ix, 'aisel')).toEqual(['a']);
    expect(ids(ix, 'isle')).toEqual([]);
    expect(ids(ix, 'f')).toEqual([]);
  });

  it('ranks and reports the boosted field and the matched term', () => {
    const ix = index();
    ix.add('body', doc('Other', 'forklift'));
    ix.add('title', doc('Forklift', 'other'));
    const found = ix.search(queryTokens('forkl'));
    expect(found.map(([id]) => id)).toEqual(['title', 'body']);
    expect(found[0]![1]).toMatchObject({ field: 'title', term: 'forklift' });
    expect(found[1]![1]).toMatchObject({ field: 'body', term: 'forklift' });
  });

  it('matches folded names and Han surnames by prefix', () => {
    const ix = index();
    ix.add('vn', doc('Nguyễn Thị Minh Khai', ''));
    ix.add('zh', doc('王芳', ''));
    expect(ids(ix, 'nguyen khai')).toEqual(['vn']);
    expect(ids(ix, '王')).toEqual(['zh']);
    expect(ids(ix, '王芳')).toEqual(['zh']);
    expect(ids(ix, '王伟')).toEqual([]);
  });

  it('replaces and removes documents, and tracks size and has', () => {
    const ix = index();
    ix.add('a', doc('forklift', ''));
    ix.add('a', doc('warehouse', ''));
    expect(ix.size).toBe(1);
    expect(ids(ix, 'forklift')).toEqual([]);
    expect(ids(ix, 'warehouse')).toEqual(['a']);
    ix.remove('a');
    ix.remove('missing');
    expect(ix.has('a')).toBe(false);
    expect(ix.size).toBe(0);
    expect(ids(ix, 'warehouse')).toEqual([]);
    ix.add('a', doc('warehouse', ''));
    ix.clear();
    expect(ix.size).toBe(0);
    expect(ix.search([])).toEqual([]);
  });
});
