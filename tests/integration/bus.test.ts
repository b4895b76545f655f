import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bus, createBus } from "@/lib/realtime/bus";
import { type RedisServer, startRedis } from "../setup/redis";
import { waitFor } from "../setup/wait";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

async function delivers(publisher: Bus, subscriber: Bus) {
  const received: unknown[] = [];
  let ready = false;
  const unsubscribe = subscriber.subscribe("conversations:u1", (message) => {
    if ((message as { ping?: boolean }).ping) ready = true;
    else received.push(message);
  });
  const other: unknown[] = [];
  const unsubscribeOther = subscriber.subscribe("conversations:u2", (message) =>
    other.push(message),
  );
  // A Redis subscription takes a round trip to start.
  await waitFor(async () => {
    await publisher.publish("conversations:u1", { ping: true });
    return ready;
  }, "the subscription");

  await publisher.publish("conversations:u1", { id: "c1", title: "Renamed" });
  await waitFor(async () => received.length === 1, "the message");
  expect(received).toEqual([{ id: "c1", title: "Renamed" }]);
  expect(other).toEqual([]);

  unsubscribe();
  unsubscribeOther();
  await publisher.publish("conversations:u1", { id: "c2" });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(received).toHaveLength(1);
}

describe("the bus", () => {
  it("delivers within one process without Redis", async () => {
    const bus = createBus(undefined);
    await delivers(bus, bus);
  });

  it("delivers between instances through Redis, each its own connection", async () => {
    await delivers(createBus(redis.url), createBus(redis.url));
  });
});
