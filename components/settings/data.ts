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

/** Mails a confirmation link to the new address; the email changes when it is followed. */
export function useChangeEmail() {
  return useMutation({
    mutationFn: (input: { newEmail: string; password: string }) =>
      apiFetch<void>("/api/users/me/email", { method: "POST", body: input }),
  });
}

export function useDeleteAccount() {
  return useMutation({
    /** No password for an account made by single sign-on: its recent sign-in confirms. */
    mutationFn: (password: string | undefined) =>
      apiFetch<void>("/api/users/me", { method: "DELETE", body: { password } }),
  });
}
