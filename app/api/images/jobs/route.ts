import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { listImageJobs } from "@/lib/images/jobs";

/** The caller's images being made, oldest first: what a reloaded tab or another device shows. */
export const GET = route(imageContracts.jobs, async ({ user }) => listImageJobs(user));
