import { tagged } from "@/lib/http/contract";

export const modelContracts = {
  list: tagged("Models")(
    "get",
    "/api/models",
    "The upstream model catalogue with prices and limits",
  ),
};
