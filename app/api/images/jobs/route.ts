import { userRoute } from "@/lib/http/route";
import { listImageJobs } from "@/lib/images/jobs";

/** The caller's images being made, oldest first: what a reloaded tab or another device shows. */
export const GET = userRoute(async (_req, { user }) => Response.json(await listImageJobs(user)));
