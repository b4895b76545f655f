import type { AttachmentDto } from "@/lib/conversations/dto";
import type { FileDoc } from "@/models/file";

/** Where the owner fetches the bytes; nobody else gets them there. */
function fileUrl(file: FileDoc): string {
  return `/api/files/${file._id.toString()}`;
}

export function toAttachmentDto(file: FileDoc): AttachmentDto {
  return {
    id: file._id.toString(),
    name: file.name,
    size: file.size,
    mimeType: file.mime_type,
    kind: file.kind,
    url: fileUrl(file),
  };
}
