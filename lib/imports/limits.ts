// Apart from the services, so the settings card can state them without loading the parsers.

/** The largest file one import may send: a JSON export or a zip. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** The most a zip may unpack to, counted while it inflates: a small zip can hold gigabytes. */
export const MAX_IMPORT_INFLATED_BYTES = 128 * 1024 * 1024;
