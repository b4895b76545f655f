"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { modelListQuery, useModelList, useUsableConfigs } from "@/components/configs/data";
import { readLastModel, rememberModel } from "@/lib/chat/client/last-model";
import { pickInitialModel } from "@/lib/chat/shared/models";
import type { ConfigDto } from "@/lib/configs/dto";
import type { ChatTarget } from "./use-thread";

type Picked = { kind: "model"; id: string } | { kind: "config"; config: ConfigDto };

interface ModelChoiceOptions {
  /** The conversation's model, if it has one. */
  modelId: string | null;
  /** The config the conversation (or the page's link) starts with. */
  config: ConfigDto | null;
}

/**
 * What the next message goes to: a model or a config picked here, else the
 * conversation's own config or model, else the model last picked in this
 * browser. A config brings its model, system prompt and parameters.
 */
export function useModelChoice({
  modelId: conversationModelId,
  config: initial,
}: ModelChoiceOptions) {
  const query = useModelList();
  const queryClient = useQueryClient();
  const configs = useUsableConfigs();
  const [picked, setPicked] = useState<Picked | null>(null);
  const models = query.data;

  const config = picked ? (picked.kind === "config" ? picked.config : null) : initial;

  const modelId = useMemo(() => {
    if (config) return config.modelId;
    if (picked?.kind === "model") return picked.id;
    if (!models) return conversationModelId;
    return pickInitialModel(models, [conversationModelId, readLastModel()]);
  }, [config, picked, models, conversationModelId]);

  const model = useMemo(() => models?.find((m) => m.id === modelId), [models, modelId]);

  const choose = useCallback((id: string) => {
    setPicked({ kind: "model", id });
    rememberModel(id);
  }, []);

  const chooseConfig = useCallback((chosen: ConfigDto) => {
    setPicked({ kind: "config", config: chosen });
  }, []);

  // A model picked over a config says so (configId null), or the
  // conversation's config would keep applying its prompt to that model.
  const target: ChatTarget = config
    ? { configId: config.id }
    : modelId
      ? { model: modelId, ...(picked?.kind === "model" ? { configId: null } : {}) }
      : {};

  const latest = useRef(target);
  latest.current = target;
  const undecided = !config && !picked && !models && !conversationModelId;
  /**
   * The target for a message sent now. Sent before the model list has
   * loaded, it waits for the list, to go to the model the picker then shows.
   */
  const targetNow = useCallback(async (): Promise<ChatTarget> => {
    if (!undecided) return latest.current;
    const loaded = await queryClient.fetchQuery(modelListQuery).catch(() => null);
    const id = loaded ? pickInitialModel(loaded.items, [readLastModel()]) : null;
    return id ? { model: id } : {};
  }, [undecided, queryClient]);

  return {
    modelId,
    model,
    models,
    query,
    config,
    configs,
    target,
    targetNow,
    choose,
    chooseConfig,
  };
}

export type ModelChoice = ReturnType<typeof useModelChoice>;
