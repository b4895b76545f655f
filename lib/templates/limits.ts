// Apart from the schemas, so a browser page can show them without loading zod.

export const MAX_VALUE_LENGTH = 20_000;
