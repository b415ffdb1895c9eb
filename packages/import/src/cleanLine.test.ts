import { describe, expect, it } from 'vitest';
import { cleanLine } from './cleanLine.ts';
import { isNoise } from './isNoise.ts';

describe('cleanLine and isNoise', () => {
  it('strips bookmarks and turns a tab into one space, keeping everything else as written', () => {
    expect(cleanLine('[bookmark: _Hlk27397956]44. The Secretariat')).toBe('44. The Secretariat');
    expect(cleanLine(' 14.AA \tThe Secretariat  shall [develop] ')).toBe('14.AA The Secretariat  shall [develop]');
  });

  it('takes image names, page numbers and empty lines as noise, and nothing with words', () => {
    for (const noise of ['', '12', 'image1.wmf', 'image2.jpg', 'image3.png', 'logo.EMF'])
      expect(isNoise(noise)).toBe(true);
    for (const text of ['15.AA', 'UN', '[2]', 'see image1.png below']) expect(isNoise(text)).toBe(false);
  });
});
