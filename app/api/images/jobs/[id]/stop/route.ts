import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { stopImageJob } from "@/lib/images/jobs";

/** 204 whether or not the image was still being made: afterwards it is not. `:id` may be the job's client id. */
export const POST = route(imageContracts.stopJob, async ({ user, params }) => {
  await stopImageJob(user, params.id);
});
