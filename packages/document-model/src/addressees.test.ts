import { describe, expect, it } from 'vitest';
import { directedToText, parseAddressees } from './addressees.ts';

describe('addressees', () => {
  it('prints known bodies with their article', () => {
    expect(directedToText(['Secretariat'])).toBe('Directed to the Secretariat');
    expect(directedToText(['Parties', 'Scientific Council'])).toBe('Directed to Parties and the Scientific Council');
    expect(directedToText(['Parties', 'Standing Committee', 'Secretariat'])).toBe(
      'Directed to Parties, the Standing Committee and the Secretariat',
    );
  });

  it('reads the lines of real COP documents back to the same heading', () => {
    for (const line of [
      'Directed to the Secretariat',
      'Directed to the Scientific Council',
      'Directed to Parties and the Secretariat',
      'Directed to Parties, intergovernmental and non-governmental organizations, and others',
    ]) {
      expect(directedToText(parseAddressees(line))).toBe(line);
    }
    expect(parseAddressees('Directed to the Secretariat')).toEqual(['Secretariat']);
    expect(
      parseAddressees('Directed to Parties, intergovernmental and non-governmental organizations, and others'),
    ).toEqual(['Parties, intergovernmental and non-governmental organizations, and others']);
  });
});
