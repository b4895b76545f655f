import { toAppError } from "@/lib/errors";
import { fileHeaders } from "@/lib/files/headers";
import { route } from "@/lib/http/route";
import { shareContracts } from "@/lib/shares/contracts";
import { openSharedFile } from "@/lib/shares/file";
import { SHARE_HEADERS } from "@/lib/shares/headers";

/** A file of the shared copy, served as the owner's own route serves it. */
export const GET = route(
  shareContracts.file,
  async ({ params }) => {
    const { file, body } = await openSharedFile(params.token, params.fileId);
    const headers = fileHeaders(file);
    for (const [name, value] of Object.entries(SHARE_HEADERS)) headers.set(name, value);
    return new Response(body, { headers });
  },
  { failure: (error) => toAppError(error).toResponse(SHARE_HEADERS) },
);
