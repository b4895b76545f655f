import { ENGLISH } from "@/lib/i18n/format";

/**
 * A budget as an admin set it, in English for messages from the API: "$5.00",
 * "$0.50", and an amount that is not whole cents with its own digits
 * ("$0.004", "$1.2345"), never rounded to a misleading "$0.00".
 */
export const formatBudgetUsd = ENGLISH.budgetUsd;
