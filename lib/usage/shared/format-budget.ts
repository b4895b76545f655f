/**
 * A budget as an admin set it: "$5.00", "$0.50", and an amount that is not
 * whole cents with its own digits ("$0.004", "$1.2345"), never rounded to a
 * misleading "$0.00".
 */
export function formatBudgetUsd(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return "$0";
  const cents = value * 100;
  if (Math.abs(cents - Math.round(cents)) < 1e-9) return `$${value.toFixed(2)}`;
  return `$${Number(value < 0.01 ? value.toPrecision(2) : value.toFixed(4))}`;
}
