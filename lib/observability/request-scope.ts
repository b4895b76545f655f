import { AsyncLocalStorage } from "node:async_hooks";
import { contextStore, type RequestContext } from "./request-context";

/** Runs a request's handling with its context, which every log line it causes then carries. */
export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  contextStore.__uniChatRequestContext ??= new AsyncLocalStorage();
  return contextStore.__uniChatRequestContext.run(context, work);
}
