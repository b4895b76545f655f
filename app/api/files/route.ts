import { fileContracts } from "@/lib/files/contracts";
import { readUploadedFile } from "@/lib/files/form";
import { uploadFile } from "@/lib/files/upload";
import { route } from "@/lib/http/route";

export const POST = route(fileContracts.upload, async ({ req, user }) =>
  uploadFile(user, await readUploadedFile(req)),
);
