/** The UTC calendar day of `date` as "YYYY-MM-DD". */
export function utcDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

// Daily charts group on a stored day key because FerretDB has no date
// operators in aggregation; writers may pass their own day, else it is today.
export const dayField = { type: String, required: true, default: () => utcDay() } as const;
