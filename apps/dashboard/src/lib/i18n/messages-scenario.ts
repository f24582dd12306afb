/** UI strings of the scenario studio (`/scenarios`), in Dutch. English in {@link scenarioEn}. */
export const scenarioNl = {};

/** UI strings of the scenario studio, in English: every key of {@link scenarioNl}. */
export const scenarioEn: typeof scenarioNl = {};
