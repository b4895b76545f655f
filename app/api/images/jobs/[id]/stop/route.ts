import { userRoute } from "@/lib/http/route";
import { stopImageJob } from "@/lib/images/jobs";

/** 204 whether or not the image was still being made: afterwards it is not. `:id` may be the job's client id. */
export const POST = userRoute<{ id: string }>(async (_req, { user, params }) => {
  await stopImageJob(user, params.id);
  return new Response(null, { status: 204 });
});
