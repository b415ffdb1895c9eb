/**
 * Short names as delegations see them on name plates and in the amendments panel. Only the usual suspects
 * are listed; any other Party gets its initials (two or more words) or its first three letters.
 */
const SHORT_NAMES: Record<string, string> = {
  'european union': 'EU',
  'united kingdom': 'UK',
  'united kingdom of great britain and northern ireland': 'UK',
  'united states': 'US',
  'united states of america': 'US',
  'united arab emirates': 'UAE',
  'united republic of tanzania': 'TZ',
  'republic of korea': 'KR',
  'russian federation': 'RU',
  'south africa': 'ZA',
  'new zealand': 'NZ',
  'saudi arabia': 'SA',
  'costa rica': 'CR',
  'côte d’ivoire': 'CI',
  "côte d'ivoire": 'CI',
  argentina: 'AR',
  australia: 'AU',
  brazil: 'BR',
  canada: 'CA',
  chile: 'CL',
  china: 'CN',
  colombia: 'CO',
  ecuador: 'EC',
  egypt: 'EG',
  france: 'FR',
  germany: 'DE',
  ghana: 'GH',
  india: 'IN',
  indonesia: 'ID',
  israel: 'IL',
  italy: 'IT',
  japan: 'JP',
  kenya: 'KE',
  mexico: 'MX',
  monaco: 'MC',
  morocco: 'MA',
  nigeria: 'NG',
  norway: 'NO',
  pakistan: 'PK',
  peru: 'PE',
  philippines: 'PH',
  senegal: 'SN',
  spain: 'ES',
  switzerland: 'CH',
  uganda: 'UG',
  uruguay: 'UY',
  uzbekistan: 'UZ',
};

export function partyShortName(party: string): string {
  const name = party.trim();
  if (!name) return '';
  const known = SHORT_NAMES[name.toLowerCase()];
  if (known) return known;
  if (name.length <= 4) return name.toUpperCase();
  const words = name.split(/\s+/).filter((w) => !/^(of|the|and|for|de|du|la|le)$/i.test(w));
  if (words.length >= 2)
    return words
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('')
      .slice(0, 4);
  return name.slice(0, 3).toUpperCase();
}
