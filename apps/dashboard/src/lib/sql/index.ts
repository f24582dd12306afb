export { quoteIdentifier, quoteLiteral } from './identifiers';
export {
  forecastColumns,
  subjectShortageSql,
  type ForecastRow,
  type SubjectShortage,
} from './forecast-table';
export { subjectRowsSql, type SubjectRowsOptions } from './subject-rows';
export { boardYearsSql, type BoardYear, type BoardYearsOptions } from './board-years';
export { locationColumns, type LocationInput } from './location-table';
export {
  municipalityShortageSql,
  type MunicipalityShortage,
  type MunicipalityShortageOptions,
} from './municipality-shortage';
