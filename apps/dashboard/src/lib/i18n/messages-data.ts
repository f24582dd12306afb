/** UI strings of the own-data pages (`/gegevens`), in Dutch. English in {@link dataEn}. */
export const dataNl = {};

/** UI strings of the own-data pages, in English: every key of {@link dataNl}. */
export const dataEn: typeof dataNl = {};
