import { creates, NO_CONTENT, tagged } from "@/lib/http/contract";
import {
  fileQuerySchema,
  generateImageSchema,
  listImagesSchema,
  updateImageSchema,
} from "@/lib/images/schemas";

const image = tagged("Images");

export const imageContracts = {
  list: image("get", "/api/images", "The caller's images (cursor pages)", {
    query: listImagesSchema,
  }),
  generate: image(
    "post",
    "/api/images",
    "Generate an image with an image model; a closed request does not stop it",
    creates(generateImageSchema),
  ),
  jobs: image("get", "/api/images/jobs", "The caller's images being made"),
  stopJob: image(
    "post",
    "/api/images/jobs/{id}/stop",
    "Stop an image being made, by its id or its clientId; nothing is kept",
    NO_CONTENT,
  ),
  get: image("get", "/api/images/{id}", "An image's details"),
  update: image("patch", "/api/images/{id}", "Mark or unmark an image as a favourite", {
    body: updateImageSchema,
  }),
  remove: image("delete", "/api/images/{id}", "Delete an image and its files", NO_CONTENT),
  file: image("get", "/api/images/{id}/file", "The image file", {
    query: fileQuerySchema,
    answer: "file",
  }),
  thumbnail: image("get", "/api/images/{id}/thumbnail", "The image's thumbnail", {
    answer: "file",
  }),
};
