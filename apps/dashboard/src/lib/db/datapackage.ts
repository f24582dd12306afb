/** The parts of a Frictionless `datapackage.json` that the dashboard reads. */
export interface DataPackage {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  created?: string;
  licenses?: { name?: string; title?: string; path?: string }[];
  sources?: { title?: string; path?: string }[];
  resources: DataResource[];
  opgave?: {
    synthetic?: boolean;
    history_start?: number;
    history_end?: number;
    seed?: number | string;
    generator?: string;
    generator_version?: string;
    version?: string;
    [key: string]: unknown;
  };
}

/** A column of a resource's Table Schema. */
export interface SchemaField {
  name: string;
  type: string;
}

/** One resource (a CSV file) of a data package. */
export interface DataResource {
  name: string;
  path: string;
  title?: string;
  schema?: { fields: SchemaField[] };
}
