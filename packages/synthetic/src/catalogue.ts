/**
 * Fixed code lists of the data format (docs/data.md): sectors, subjects, programmes, age bands, hire
 * sources and leaver reasons. Subject-level parameters (lesson share, scarcity) sit beside each subject.
 */

import type { Sector } from '@opgave/contract';

export {
  AGE_BANDS,
  FORECAST_VARIANTS,
  HIRE_SOURCES,
  LEAVER_REASONS,
  SECTORS,
  type AgeBand,
  type HireSource,
  type LeaverReason,
  type Sector,
} from '@opgave/contract';

export interface SectorInfo {
  sector: Sector;
  name: string;
  /** Annual lesson hours one full-time teacher gives (vo/vso CAO: at most 750; mbo: more contact hours). */
  lessonHoursPerFte: number;
}

export const SECTOR_INFO: readonly SectorInfo[] = [
  { sector: 'vo', name: 'Voortgezet onderwijs', lessonHoursPerFte: 750 },
  { sector: 'vso', name: 'Voortgezet speciaal onderwijs', lessonHoursPerFte: 750 },
  { sector: 'mbo', name: 'Middelbaar beroepsonderwijs', lessonHoursPerFte: 850 },
];

/**
 * Age band of a whole or fractional age.
 * @param age age in years
 * @returns index into AGE_BANDS
 * @example ageBandIndex(57.3) // → 7 ("55-59")
 */
export function ageBandIndex(age: number): number {
  if (age < 25) return 0;
  if (age >= 65) return 9;
  return Math.floor((age - 25) / 5) + 1;
}

export interface Subject {
  subjectId: string;
  sector: Sector;
  name: string;
  nameEn: string;
  /** Share of the sector's lesson hours before the location profile is applied. */
  lessonShare: number;
  /**
   * Relative supply of qualified candidates (1 = average). Below 1 = scarce: fewer trainees per FTE of
   * demand, fewer returners and others. Maths, physics, chemistry, German, French and informatics are
   * the scarce vo subjects in every Dutch shortage report.
   */
  supply: number;
  /** Relative chance that a lateral entrant (zij-instromer) applies (technical/vocational subjects high). */
  lateralAppeal: number;
}

const vo = (
  code: string,
  name: string,
  nameEn: string,
  lessonShare: number,
  supply: number,
  lateralAppeal = 1,
): Subject => ({ subjectId: `vo-${code}`, sector: 'vo', name, nameEn, lessonShare, supply, lateralAppeal });

/** 20 aggregated vo subjects, 4 vso groupings, 7 mbo groupings. */
export const SUBJECTS: readonly Subject[] = [
  vo('ak', 'Aardrijkskunde', 'Geography', 0.045, 1.1),
  vo('bi', 'Biologie', 'Biology', 0.05, 1.0),
  vo('du', 'Duits', 'German', 0.04, 0.5, 0.6),
  vo('ec', 'Economie', 'Economics', 0.05, 0.9, 1.6),
  vo('eo', 'Economie en ondernemen (vmbo)', 'Business and commerce (pre-vocational)', 0.03, 1.0, 1.6),
  vo('en', 'Engels', 'English', 0.095, 0.9, 1.1),
  vo('fa', 'Frans', 'French', 0.04, 0.5, 0.6),
  vo('gs', 'Geschiedenis', 'History', 0.05, 1.35),
  vo('in', 'Informatica', 'Computer science', 0.015, 0.4, 1.8),
  vo('kt', 'Klassieke talen', 'Classics', 0.02, 0.6, 0.4),
  vo('ku', 'Kunstvakken', 'Arts', 0.05, 1.2),
  vo('lo', 'Lichamelijke opvoeding', 'Physical education', 0.08, 1.4, 0.5),
  vo('lv', 'Levensbeschouwing', 'Religious and philosophical education', 0.02, 1.1),
  vo('ma', 'Maatschappijleer', 'Social studies', 0.03, 1.2),
  vo('na', 'Natuurkunde', 'Physics', 0.045, 0.45, 1.5),
  vo('ne', 'Nederlands', 'Dutch', 0.115, 0.8),
  vo('sk', 'Scheikunde', 'Chemistry', 0.035, 0.5, 1.4),
  vo('te', 'Techniek (vmbo)', 'Technology (pre-vocational)', 0.04, 0.6, 1.8),
  vo('wi', 'Wiskunde', 'Mathematics', 0.11, 0.55, 1.3),
  vo('zw', 'Zorg en welzijn (vmbo)', 'Care and welfare (pre-vocational)', 0.03, 1.0, 1.3),
  {
    subjectId: 'vso-av',
    sector: 'vso',
    name: 'Algemene vakken en groepsleraar',
    nameEn: 'General subjects and class teacher',
    lessonShare: 0.55,
    supply: 0.75,
    lateralAppeal: 0.8,
  },
  {
    subjectId: 'vso-be',
    sector: 'vso',
    name: 'Bewegingsonderwijs',
    nameEn: 'Physical education',
    lessonShare: 0.1,
    supply: 1.3,
    lateralAppeal: 0.5,
  },
  {
    subjectId: 'vso-ke',
    sector: 'vso',
    name: 'Kunst en expressie',
    nameEn: 'Arts and expression',
    lessonShare: 0.1,
    supply: 1.1,
    lateralAppeal: 1,
  },
  {
    subjectId: 'vso-pr',
    sector: 'vso',
    name: 'Praktijkvakken en arbeidstoeleiding',
    nameEn: 'Practical subjects and work preparation',
    lessonShare: 0.25,
    supply: 0.8,
    lateralAppeal: 1.6,
  },
  {
    subjectId: 'mbo-eco',
    sector: 'mbo',
    name: 'Economie en administratie',
    nameEn: 'Business and administration',
    lessonShare: 0.12,
    supply: 1.1,
    lateralAppeal: 1.4,
  },
  {
    subjectId: 'mbo-gen',
    sector: 'mbo',
    name: 'Generieke vakken (Nederlands, Engels, rekenen, burgerschap)',
    nameEn: 'General subjects (Dutch, English, numeracy, citizenship)',
    lessonShare: 0.25,
    supply: 0.75,
    lateralAppeal: 0.9,
  },
  {
    subjectId: 'mbo-hht',
    sector: 'mbo',
    name: 'Handel, horeca en toerisme',
    nameEn: 'Retail, hospitality and tourism',
    lessonShare: 0.08,
    supply: 1.0,
    lateralAppeal: 1.5,
  },
  {
    subjectId: 'mbo-ict',
    sector: 'mbo',
    name: 'ICT en creatieve industrie',
    nameEn: 'ICT and creative industries',
    lessonShare: 0.1,
    supply: 0.5,
    lateralAppeal: 1.8,
  },
  {
    subjectId: 'mbo-mtl',
    sector: 'mbo',
    name: 'Mobiliteit, transport en logistiek',
    nameEn: 'Mobility, transport and logistics',
    lessonShare: 0.07,
    supply: 0.6,
    lateralAppeal: 1.8,
  },
  {
    subjectId: 'mbo-tec',
    sector: 'mbo',
    name: 'Techniek en procesindustrie',
    nameEn: 'Engineering and process industry',
    lessonShare: 0.2,
    supply: 0.45,
    lateralAppeal: 2.0,
  },
  {
    subjectId: 'mbo-zw',
    sector: 'mbo',
    name: 'Zorg en welzijn',
    nameEn: 'Health and social care',
    lessonShare: 0.18,
    supply: 0.8,
    lateralAppeal: 1.3,
  },
];

/** Kinds of vo location; each tilts the subject shares (a vmbo location has no classics). */
export type VoProfile = 'havo-vwo' | 'broad' | 'vmbo';
export const VO_PROFILES: readonly VoProfile[] = ['havo-vwo', 'broad', 'vmbo'];

/** Multipliers on vo lesson shares by location profile (absent subject = 1). */
export const VO_PROFILE_MULTIPLIERS: Record<VoProfile, Record<string, number>> = {
  'havo-vwo': {
    'vo-te': 0,
    'vo-zw': 0,
    'vo-eo': 0,
    'vo-kt': 1.8,
    'vo-na': 1.25,
    'vo-sk': 1.25,
    'vo-in': 1.3,
  },
  broad: { 'vo-te': 0.6, 'vo-zw': 0.6, 'vo-eo': 0.6, 'vo-kt': 0.6 },
  vmbo: {
    'vo-kt': 0,
    'vo-te': 3,
    'vo-zw': 3,
    'vo-eo': 3,
    'vo-du': 0.6,
    'vo-fa': 0.3,
    'vo-na': 0.6,
    'vo-sk': 0.5,
    'vo-in': 0.5,
    'vo-ec': 0.6,
    'vo-gs': 0.8,
    'vo-ak': 0.8,
  },
};

export type InstituteType = 'hbo' | 'wo';

export interface Programme {
  programmeId: string;
  instituteType: InstituteType;
  name: string;
  /** Nominal study length L in years. */
  durationYears: number;
}

export const PROGRAMMES: readonly Programme[] = [
  {
    programmeId: 'hbo-bachelor-dt',
    instituteType: 'hbo',
    name: 'Lerarenopleiding tweedegraads bachelor, deeltijd',
    durationYears: 4,
  },
  {
    programmeId: 'hbo-bachelor-vt',
    instituteType: 'hbo',
    name: 'Lerarenopleiding tweedegraads bachelor, voltijd',
    durationYears: 4,
  },
  { programmeId: 'hbo-master', instituteType: 'hbo', name: 'Master leraar eerstegraads', durationYears: 2 },
  {
    programmeId: 'hbo-pdg',
    instituteType: 'hbo',
    name: 'Pedagogisch-didactisch getuigschrift (mbo)',
    durationYears: 1,
  },
  { programmeId: 'wo-edu-minor', instituteType: 'wo', name: 'Educatieve minor', durationYears: 1 },
  {
    programmeId: 'wo-master',
    instituteType: 'wo',
    name: 'Universitaire lerarenopleiding (master)',
    durationYears: 1,
  },
];

/** Subjects each programme trains for (before institute restrictions). */
export const PROGRAMME_SUBJECTS: Record<string, readonly string[]> = {
  'hbo-bachelor-vt': [
    ...SUBJECTS.filter((s) => s.sector === 'vo' && s.subjectId !== 'vo-kt').map((s) => s.subjectId),
    'vso-av',
    'vso-be',
    'vso-ke',
    'vso-pr',
  ],
  'hbo-bachelor-dt': [
    ...SUBJECTS.filter((s) => s.sector === 'vo' && !['vo-kt', 'vo-lo'].includes(s.subjectId)).map(
      (s) => s.subjectId,
    ),
    'vso-av',
    'vso-pr',
  ],
  'hbo-master': [
    'vo-ak',
    'vo-bi',
    'vo-du',
    'vo-ec',
    'vo-en',
    'vo-fa',
    'vo-gs',
    'vo-na',
    'vo-ne',
    'vo-sk',
    'vo-wi',
    'vso-av',
  ],
  'hbo-pdg': SUBJECTS.filter((s) => s.sector === 'mbo').map((s) => s.subjectId),
  'wo-master': [
    'vo-ak',
    'vo-bi',
    'vo-du',
    'vo-ec',
    'vo-en',
    'vo-fa',
    'vo-gs',
    'vo-in',
    'vo-kt',
    'vo-lv',
    'vo-ma',
    'vo-na',
    'vo-ne',
    'vo-sk',
    'vo-wi',
  ],
  'wo-edu-minor': [
    'vo-ak',
    'vo-bi',
    'vo-du',
    'vo-ec',
    'vo-en',
    'vo-fa',
    'vo-gs',
    'vo-na',
    'vo-ne',
    'vo-sk',
    'vo-wi',
  ],
};

export const subjectById: ReadonlyMap<string, Subject> = new Map(SUBJECTS.map((s) => [s.subjectId, s]));
