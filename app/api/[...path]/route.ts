import { AppError } from "@/lib/errors";

// API clients get the JSON error shape for a path that does not exist, not an HTML page.
function notFound(): Response {
  return new AppError("not_found", 404, "There is no API route at this path.").toResponse();
}

export {
  notFound as DELETE,
  notFound as GET,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
