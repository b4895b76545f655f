import { NO_CONTENT, tagged } from "@/lib/http/contract";

const file = tagged("Files");

export const fileContracts = {
  upload: file("post", "/api/files", "Upload an attachment (multipart field `file`)", {
    bodyType: "multipart/form-data",
    limit: "upload",
    status: 201,
  }),
  download: file("get", "/api/files/{id}", "Download an attachment", { answer: "file" }),
  remove: file("delete", "/api/files/{id}", "Delete an attachment", NO_CONTENT),
};
