import type { Contract } from "@/lib/http/contract";
import { type RouteHandler, route } from "@/lib/http/route";
import { openAiErrorResponse } from "./errors";

/**
 * An OpenAI-compatible route: built from its contract as our other routes
 * are, but failures in OpenAI's error shape, which its SDKs and the tools
 * built on them understand. Model calls count against limits of their own.
 */
export function openAiRoute<const C extends Contract>(contract: C, handler: RouteHandler<C>) {
  return route(contract, handler, { failure: openAiErrorResponse, generalLimits: false });
}
