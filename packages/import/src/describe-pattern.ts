/** A code of letters and digits: board numbers (`41775`, `B0001`) and institution codes (`25BE`, `I001`). */
export const CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$';

const DESCRIPTIONS: Record<string, { en: string; nl: string }> = {
  [CODE_PATTERN]: {
    en: 'a code of letters and digits (such as 41775 or 25BE), at most 32 characters',
    nl: 'een code van letters en cijfers (zoals 41775 of 25BE), hoogstens 32 tekens',
  },
  '^[0-9]{2}[A-Z]{2}[0-9]{2}$': {
    en: 'a DUO location code: 2 digits, 2 capitals, 2 digits (such as 14QT00)',
    nl: 'een DUO-vestigingscode: 2 cijfers, 2 hoofdletters, 2 cijfers (zoals 14QT00)',
  },
  '^[0-9A-Z]{4}[0-9]{2}$': {
    en: 'a DUO location code: 4 characters and 2 digits (such as 14QT00)',
    nl: 'een DUO-vestigingscode: 4 tekens en 2 cijfers (zoals 14QT00)',
  },
  '^GM[0-9]{4}$': {
    en: 'a CBS municipality code: GM and 4 digits (such as GM0599)',
    nl: 'een CBS-gemeentecode: GM en 4 cijfers (zoals GM0599)',
  },
  '^R[0-9]{2}$': {
    en: 'a region code: R and 2 digits (such as R01)',
    nl: 'een regiocode: R en 2 cijfers (zoals R01)',
  },
  '^R[0-9]{2}-C[0-9]$': {
    en: 'a cluster code: region, -C and a digit (such as R01-C1)',
    nl: 'een clustercode: regio, -C en een cijfer (zoals R01-C1)',
  },
  '^(vo|vso|mbo)-[a-z]+$': {
    en: 'a subject code: sector, - and lower-case letters (such as vo-wi)',
    nl: 'een vakcode: sector, - en kleine letters (zoals vo-wi)',
  },
};

/**
 * Says in words what a pattern of the Opgave format expects, so that no user reads a raw regular
 * expression; null for a pattern it does not know (a dataset's own datapackage.json may have any).
 * @param pattern the pattern of a field's constraints
 * @param lang `en` (the library's reports) or `nl` (the dashboard)
 * @returns the description, or null
 * @example
 * describePattern('^GM[0-9]{4}$', 'nl') // 'een CBS-gemeentecode: GM en 4 cijfers (zoals GM0599)'
 */
export function describePattern(pattern: string, lang: 'en' | 'nl' = 'en'): string | null {
  return DESCRIPTIONS[pattern]?.[lang] ?? null;
}
