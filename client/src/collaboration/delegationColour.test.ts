import { describe, expect, it } from 'vitest';
import { DELEGATION_PALETTE, delegationColour } from './delegationColour.ts';
import { partyShortName } from './partyShortName.ts';

describe('delegation colours and names', () => {
  it('gives one #rrggbb colour per delegation, whoever computes it', () => {
    expect(delegationColour('Brazil')).toMatch(/^#[0-9a-f]{6}$/);
    expect(delegationColour(' brazil ')).toBe(delegationColour('Brazil'));
    expect(DELEGATION_PALETTE).toContain(delegationColour('European Union'));
  });

  it('keeps the delegations of the usual example apart', () => {
    const colours = ['Brazil', 'European Union', 'Norway', 'Japan', 'chair', 'secretariat'].map(delegationColour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('shortens Party names as on name plates', () => {
    expect(partyShortName('European Union')).toBe('EU');
    expect(partyShortName('Brazil')).toBe('BR');
    expect(partyShortName('BirdLife International')).toBe('BI');
    expect(partyShortName('Republic of Moldova')).toBe('RM');
    expect(partyShortName('Tuvalu')).toBe('TUV');
  });
});
