// Apart from the schemas, so a browser page can show them without loading zod.

export const MAX_TAGS = 10;
