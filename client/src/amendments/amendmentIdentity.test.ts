import { describe, expect, it } from 'vitest';
import { initialEditMode, saveEditMode } from '../editor/editMode.ts';
import { amendmentIdentityOf, canDecide, canSwitchMode, isOwnAmendment, mayTakeStance } from './amendmentIdentity.ts';

describe('who an editor proposes and decides as', () => {
  const brazil = amendmentIdentityOf({ role: 'delegate', party: 'Brazil', name: 'Ana Souza' });
  const chair = amendmentIdentityOf({ role: 'chair', party: null, name: 'Amina Diallo' });
  const secretariat = amendmentIdentityOf({ role: 'secretariat', party: null, name: 'Secretariat' });
  const admin = amendmentIdentityOf({ role: 'admin', party: null, name: 'Administrator' });
  const observer = amendmentIdentityOf({ role: 'observer', party: null, name: 'BirdLife' });

  it('takes the name and party the server gave, and a role title for marks of those without a Party', () => {
    expect(brazil).toEqual({
      role: 'delegate',
      actor: { party: 'Brazil', author: 'Ana Souza' },
      decider: { by: 'Ana Souza', party: 'Brazil' },
      party: 'Brazil',
    });
    expect(chair.actor).toEqual({ party: 'Chair', author: 'Amina Diallo' });
    expect(chair.decider).toEqual({ by: 'Amina Diallo', party: null });
    expect(chair.party).toBeNull();
    expect(admin.role).toBe('chair');
    expect(admin.actor?.party).toBe('Chair');
    expect(observer.actor).toBeNull();
  });

  it('lets the chair decide, and the secretariat only when allowed', () => {
    expect(canDecide(chair, false)).toBe(true);
    expect(canDecide(secretariat, false)).toBe(false);
    expect(canDecide(secretariat, true)).toBe(true);
    expect(canDecide(brazil, true)).toBe(false);
    expect([chair, secretariat, brazil, observer].map(canSwitchMode)).toEqual([true, true, false, false]);
  });

  it('knows whose amendment is whose, and who may take a stance on it', () => {
    const brazilian = { party: 'Brazil', author: 'João Silva', status: 'proposed' as const };
    const chairs = { party: 'Chair', author: 'Amina Diallo', status: 'proposed' as const };
    expect(isOwnAmendment(brazilian, brazil)).toBe(true);
    expect(isOwnAmendment(chairs, chair)).toBe(true);
    expect(isOwnAmendment({ ...chairs, author: 'Another chair' }, chair)).toBe(false);
    expect(isOwnAmendment(brazilian, chair)).toBe(false);
    const norway = amendmentIdentityOf({ role: 'delegate', party: 'Norway', name: 'Ingrid Berg' });
    expect(mayTakeStance(brazilian, norway)).toBe(true);
    expect(mayTakeStance(brazilian, brazil)).toBe(false);
    expect(mayTakeStance(brazilian, chair)).toBe(false);
    expect(mayTakeStance({ ...brazilian, status: 'accepted' }, norway)).toBe(false);
  });

  it('starts delegates suggesting, and the chair where the tab left off', () => {
    const storage = new Map<string, string>();
    const store = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
    };
    expect(initialEditMode(brazil, 'doc', store)).toBe('suggesting');
    expect(initialEditMode(chair, 'doc', store)).toBe('editing');
    saveEditMode('doc', 'suggesting', store);
    expect(initialEditMode(chair, 'doc', store)).toBe('suggesting');
    expect(initialEditMode(chair, 'other', store)).toBe('editing');
  });
});
