import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { makeQueryClient } from "@/components/query-client";

/** A list on a slow server: each read answers, 50 ms later, what was saved when it began. */
function slowList() {
  const saved: string[] = [];
  return {
    save: (id: string) => saved.push(id),
    read: () => {
      const answer = [...saved];
      return new Promise<string[]>((resolve) => setTimeout(() => resolve(answer), 50));
    },
  };
}

/** Saves while the list is loading for the first time, invalidates, and returns what the page shows. */
async function listAfterSaveDuringFirstLoad(client: QueryClient) {
  const list = slowList();
  const observer = new QueryObserver(client, { queryKey: ["mine"], queryFn: list.read });
  const unsubscribe = observer.subscribe(() => {});
  await new Promise((resolve) => setTimeout(resolve, 10));
  list.save("pirate");
  await client.invalidateQueries({ queryKey: ["mine"] });
  const shown = observer.getCurrentResult().data;
  unsubscribe();
  return shown;
}

describe("the query client", () => {
  it("shows a change saved while the list was still loading for the first time", async () => {
    expect(await listAfterSaveDuringFirstLoad(makeQueryClient())).toEqual(["pirate"]);
  });

  it("needs to: React Query alone shows the list from before the change", async () => {
    expect(await listAfterSaveDuringFirstLoad(new QueryClient())).toEqual([]);
  });

  it("leaves queries it is not asked about alone", async () => {
    const client = makeQueryClient();
    const other = new QueryObserver(client, {
      queryKey: ["other"],
      queryFn: () => new Promise<string>((resolve) => setTimeout(() => resolve("kept"), 30)),
    });
    const unsubscribe = other.subscribe(() => {});
    await client.invalidateQueries({ queryKey: ["mine"] });
    expect(other.getCurrentResult().fetchStatus).toBe("fetching");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.getCurrentResult().data).toBe("kept");
    unsubscribe();
  });
});
