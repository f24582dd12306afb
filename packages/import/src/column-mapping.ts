import type { RawTable, TableSchema } from './types.js';

/** Template column → source column (a header of the file), or null when none matches. */
export type ColumnMapping = Record<string, string | null>;

/** A suggested mapping with what is left over on either side. */
export interface MappingSuggestion {
  mapping: ColumnMapping;
  /** Template columns without a source column. */
  unmatched: string[];
  /** Source columns no template column uses. */
  unused: string[];
}

/**
 * Synonyms (normalised) of Opgave's column names, English and Dutch, as they appear in regions' own files
 * and in DUO files.
 */
const SYNONYMS: Record<string, string[]> = {
  region_id: ['region', 'regio', 'onderwijsregio', 'regio_id', 'regiocode'],
  cluster_id: ['cluster', 'clustercode', 'cluster_code'],
  board_id: [
    'board',
    'bestuur',
    'bestuursnummer',
    'bevoegd_gezag',
    'bevoegd_gezag_nummer',
    'bg_nummer',
    'bestuur_id',
  ],
  location_id: [
    'location',
    'locatie',
    'vestiging',
    'vestigingscode',
    'vestigingsnummer',
    'brin_vestiging',
    'brinvest',
    'schoollocatie',
    'locatie_id',
  ],
  institute_id: ['institute', 'instituut', 'lerarenopleiding', 'opleidingsinstituut', 'instituut_id'],
  programme_id: ['programme', 'program', 'program_id', 'opleiding', 'opleiding_id', 'opleidingscode'],
  subject_id: ['subject', 'vak', 'vakcode', 'vak_id', 'schoolvak'],
  sector: ['onderwijssector', 'sector_code'],
  name: ['naam', 'omschrijving', 'vestigingsnaam', 'instellingsnaam', 'bestuursnaam'],
  name_en: ['name_english', 'engelse_naam', 'naam_en'],
  year: ['jaar', 'peiljaar', 'schooljaar', 'teljaar', 'peildatum_jaar'],
  base_year: ['basisjaar', 'prognosejaar', 'jaar_prognose'],
  pupils: ['leerlingen', 'aantal_leerlingen', 'leerlingaantal', 'students', 'studenten', 'aantal'],
  variant: ['variant_prognose', 'scenario'],
  age_band: ['leeftijd', 'leeftijdsklasse', 'leeftijdscategorie', 'leeftijdsgroep', 'age', 'age_group'],
  headcount: ['personen', 'aantal_personen', 'persons', 'koppen', 'aantal_medewerkers', 'medewerkers'],
  fte: ['ftes', 'wtf', 'aantal_fte', 'fte_s', 'werktijdfactor'],
  intake: ['instroom', 'eerstejaars', 'aantal_instroom'],
  trainees: ['stagiairs', 'studenten_stage', 'plaatsingen', 'aantal_stagiairs'],
  graduates: ['gediplomeerden', 'afgestudeerden', 'diplomas', 'aantal_gediplomeerden'],
  placement_board_id: ['stagebestuur', 'bestuur_stage', 'plaatsingsbestuur'],
  source: ['herkomst', 'bron', 'instroombron'],
  reason: ['reden', 'uitstroomreden', 'reden_uitstroom'],
  opened: ['geopend', 'vacatures', 'opengestelde_vacatures', 'vacatures_geopend'],
  unfilled: ['onvervuld', 'openstaand', 'vacatures_onvervuld'],
  unfilled_fte: ['onvervuld_fte', 'fte_onvervuld'],
  hours: ['lesuren', 'uren', 'gegeven_lesuren'],
  unqualified_hours: ['onbevoegde_lesuren', 'lesuren_onbevoegd', 'onbevoegd_uren'],
  lesson_hours_per_fte: ['lesuren_per_fte', 'uren_per_fte'],
  municipality: ['gemeente', 'gemeentenaam', 'plaats', 'plaatsnaam'],
  municipality_code: ['gemeentecode', 'gemeentenummer', 'cbs_code', 'gm_code'],
  partnership_member: ['partnerschap', 'lid_partnerschap', 'opleidingsschool', 'samen_opleiden'],
  latitude: ['lat', 'breedtegraad', 'breedte'],
  longitude: ['lon', 'lng', 'lengtegraad', 'lengte'],
  type: ['soort', 'type_instituut', 'hbo_wo'],
  institute_type: ['soort_instituut', 'type_opleiding'],
  duration_years: ['duur', 'studieduur', 'duur_jaren', 'nominale_duur'],
};

/**
 * Normalises a column name for matching: lower case, accents removed, every run of other characters
 * turned into one underscore.
 * @param name a column name
 * @returns the normalised name
 * @example
 * normaliseColumnName(' Aantal Leerlingen ') // 'aantal_leerlingen'
 */
export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Suggests which source column feeds each template column: an exact name first, then the same normalised
 * name, then a known synonym (English or Dutch). Each source column is used at most once.
 * @param sourceHeader the file's header
 * @param schema the template's Table Schema
 * @returns the mapping, the template columns left unmatched and the source columns left unused
 * @example
 * suggestColumnMapping(['Vestiging', 'Jaar', 'Aantal leerlingen'], OPGAVE_SCHEMAS.pupils).mapping
 * // { location_id: 'Vestiging', year: 'Jaar', pupils: 'Aantal leerlingen' }
 */
export function suggestColumnMapping(
  sourceHeader: readonly string[],
  schema: TableSchema,
): MappingSuggestion {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalised = sourceHeader.map(normaliseColumnName);
  const targets = schema.fields.map((f) => f.name);
  const pick = (target: string, test: (source: string, norm: string) => boolean) => {
    if (mapping[target]) return;
    const i = sourceHeader.findIndex((s, j) => !used.has(s) && test(s, normalised[j]));
    if (i >= 0) {
      mapping[target] = sourceHeader[i];
      used.add(sourceHeader[i]);
    }
  };
  for (const t of targets) pick(t, (s) => s === t);
  for (const t of targets) pick(t, (_s, norm) => norm === normaliseColumnName(t));
  for (const t of targets) {
    const synonyms = SYNONYMS[t] ?? [];
    pick(t, (_s, norm) => synonyms.includes(norm));
  }
  for (const t of targets) if (!(t in mapping)) mapping[t] = null;
  return {
    mapping,
    unmatched: targets.filter((t) => mapping[t] === null),
    unused: sourceHeader.filter((s) => !used.has(s)),
  };
}

/**
 * Renames a raw table's columns by a mapping (template column → source column). Mapped columns take the
 * template name; unmapped source columns keep theirs (validation then reports them as extra).
 * @param table a raw table
 * @param mapping template column → source column, or null
 * @returns a table with the template's names (columns are shared, not copied)
 * @example
 * applyColumnMapping(table, { pupils: 'Aantal leerlingen' }).header // [..., 'pupils']
 */
export function applyColumnMapping(table: RawTable, mapping: ColumnMapping): RawTable {
  const rename = new Map<string, string>();
  for (const [target, source] of Object.entries(mapping)) if (source) rename.set(source, target);
  return { ...table, header: table.header.map((h) => rename.get(h) ?? h) };
}
