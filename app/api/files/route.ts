import { readUploadedFile } from "@/lib/files/form";
import { uploadFile } from "@/lib/files/upload";
import { userRoute } from "@/lib/http/route";

export const POST = userRoute(
  async (req, { user }) =>
    Response.json(await uploadFile(user, await readUploadedFile(req)), { status: 201 }),
  { limit: "upload" },
);
