"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { CreatedApiKey } from "@/lib/keys/create";
import type { ApiKeyDto } from "@/lib/keys/dto";
import { queryKeys } from "@/lib/query-keys";

interface NewApiKey {
  name: string;
  /** ISO date and time, or null for a key that never expires. */
  expiresAt: string | null;
}

export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys(),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: ApiKeyDto[] }>("/api/keys", { signal })).items,
  });
}

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiKey) =>
      apiFetch<CreatedApiKey>("/api/keys", { method: "POST", body: input }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.apiKeys() }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/keys/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.apiKeys() }),
  });
}
