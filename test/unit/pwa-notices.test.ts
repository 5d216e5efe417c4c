import { describe, expect, it } from 'vitest';
import { attempt, describeFailure } from '../../pwa/notices.ts';

describe('failures told to the user', () => {
  it('explains storage full in words a person can act on, whether raw or wrapped by Dexie', () => {
    const raw = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    for (const e of [raw, wrapped]) expect(describeFailure(e)).toMatch(/no more room.*Export a backup/);
    expect(describeFailure(new Error('disk on fire'))).toBe('disk on fire');
  });

  it('attempt reports a failed write instead of throwing, and passes results through', async () => {
    expect(await attempt('Saving', async () => 42)).toBe(42);
    expect(await attempt('Saving', async () => { throw new DOMException('full', 'QuotaExceededError'); })).toBeUndefined();
  });
});
