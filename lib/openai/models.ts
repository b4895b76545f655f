import type { SessionUser } from "@/lib/auth/types";
import { SHARED_VISIBILITIES } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { listMyConfigs } from "@/lib/configs/list";
import { listModels } from "@/lib/llm/catalogue";
import { CONFIG_MODEL_PREFIX } from "./resolve-model";

/** What a completion accepts as `config:<id>`: a saved config that was unshared since is not. */
function usable(config: ConfigDto): boolean {
  return config.isOwn || (SHARED_VISIBILITIES as readonly string[]).includes(config.visibility);
}

/**
 * OpenAI's model list: the upstream models, then the caller's configs (their
 * own and the ones they saved, as the chat's model picker lists them) as
 * `config:<id>`. A config whose model the upstream no longer lists is left
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
        .filter((config) => usable(config) && known.has(config.modelId))
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
