import type { SessionUser } from "@/lib/auth/types";
import type { ConfigDto } from "@/lib/configs/dto";
import { listMyConfigs } from "@/lib/configs/list";
import { listModels } from "@/lib/llm/catalogue";
import { CONFIG_MODEL_PREFIX } from "./resolve-model";

/**
 * OpenAI's model list: the upstream models, then the caller's configs (their
 * own and the ones they saved, as the chat's model picker lists them) as
 * `config:<id>`. A saved config no longer shared is left out, as is one whose model the upstream no longer lists is left
 * out, as a completion would refuse it. `created` is unknown upstream, so 0.
 */
export async function listApiModels(actor: SessionUser) {
  const [models, configs] = await Promise.all([listModels(), listMyConfigs(actor)]);
  const known = new Set(models.map((model) => model.id));
  return {
    object: "list" as const,
    data: [
      ...models.map((model) => ({
        id: model.id,
        object: "model" as const,
        created: 0,
        owned_by: model.id.split("/")[0] ?? "unknown",
        name: model.name,
      })),
      ...configs
        .filter((config): config is ConfigDto => config.available && known.has(config.modelId))
        .map((config) => ({
          id: `${CONFIG_MODEL_PREFIX}${config.id}`,
          object: "model" as const,
          created: Math.floor(Date.parse(config.createdAt) / 1000),
          owned_by: "uni-chat",
          name: config.name,
        })),
    ],
  };
}
