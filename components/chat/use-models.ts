"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { pickInitialModel, readLastModel, rememberModel } from "@/lib/chat/client/models";
import { apiFetch } from "@/lib/http/client";
import type { ModelInfo } from "@/lib/llm/model-info";
import { queryKeys } from "@/lib/query-keys";

const HOUR_MS = 60 * 60 * 1000;

function useModels() {
  return useQuery({
    queryKey: queryKeys.models(),
    queryFn: ({ signal }) => apiFetch<{ items: ModelInfo[] }>("/api/models", { signal }),
    select: (data) => data.items,
    staleTime: HOUR_MS,
  });
}

/**
 * The model the next message goes to: picked here, else the conversation's
 * own, else the one last picked in this browser.
 */
export function useModelChoice(conversationModelId: string | null) {
  const query = useModels();
  const [picked, setPicked] = useState<string | null>(null);
  const models = query.data;

  const modelId = useMemo(() => {
    if (picked) return picked;
    if (!models) return conversationModelId;
    return pickInitialModel(models, [conversationModelId, readLastModel()]);
  }, [picked, models, conversationModelId]);

  const model = useMemo(() => models?.find((m) => m.id === modelId), [models, modelId]);

  const choose = useCallback((id: string) => {
    setPicked(id);
    rememberModel(id);
  }, []);

  return { modelId, model, models, query, choose };
}
