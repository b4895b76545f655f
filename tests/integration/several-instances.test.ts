import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../setup/app";
import { type RedisServer, startRedis } from "../setup/redis";
import { send } from "../support/chat";
import {
  type AppModels,
  embeddedDbOf,
  expectRecountsMatch,
  newConversation,
  OwnApps,
  registerOn,
} from "../support/own-app";
import { readUiStream } from "../support/ui-stream";

// Two instances of the app on one embedded database and one Redis, as
// several instances behind a load balancer share MongoDB and Redis.
const own = new OwnApps();
let redis: RedisServer;
let instances: AppServer[];
let db: AppModels;

beforeAll(async () => {
  redis = await startRedis();
  const dataDir = await own.folder();
  const env = { MONGODB_URI: "", DATA_DIR: dataDir, REDIS_URL: redis.url };
  // One after the other: the second joins the database the first started.
  const first = await own.start(env);
  const second = await own.start(env);
  instances = [first, second];
  db = await own.models((await embeddedDbOf(dataDir)).uri);
});

afterAll(async () => {
  await own.cleanUp();
  await redis.stop();
});

describe("two instances on one database", () => {
  it("keep counters and roll-ups exact with 20 answers at once", async () => {
    const { email, clients } = await registerOn(instances.map((app) => app.url));
    const [first] = clients;
    if (!first) throw new Error("no client");
    // Five answers in each conversation, from both instances, so its counters race too.
    const conversations = await Promise.all([0, 1, 2, 3].map(() => newConversation(first)));
    const streams = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const client = clients[i % clients.length];
        const conversationId = conversations[i % conversations.length];
        if (!client || !conversationId) throw new Error("no client");
        const response = await send(client, conversationId, {
          content: `answer ${i} [[tokens:30]]`,
        });
        expect(response.status).toBe(200);
        return readUiStream(response);
      }),
    );
    for (const stream of streams) {
      expect(stream.errorText).toBeUndefined();
      expect(stream.finish).toBeDefined();
      const answer = await db.Message.findById(stream.messageId).lean();
      expect(answer?.status).toBe("complete");
      expect(answer?.content).toBe(stream.text);
    }
    const user = await db.User.findOne({ email }).lean();
    expect(await db.Message.countDocuments({ user_id: user?._id, role: "user" })).toBe(20);
    await expectRecountsMatch(db, email);
  }, 120_000);

  it("let one call through a 1-token limit when two arrive at once, one on each", async () => {
    const { email, clients } = await registerOn(instances.map((app) => app.url));
    await db.User.updateOne({ email }, { $set: { "usage.tokens_limit": 1 } });
    const conversations = await Promise.all(clients.map((client) => newConversation(client)));
    const responses = await Promise.all(
      clients.map((client, i) =>
        send(client, conversations[i] ?? "", { content: "hello [[tokens:5]]" }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 429]);
    for (const response of responses) {
      if (response.status === 200) expect((await readUiStream(response)).finish).toBeDefined();
      else {
        const body = (await response.json()) as { error: { code: string } };
        expect(body.error.code).toBe("token_limit_reached");
      }
    }
    await expectRecountsMatch(db, email);
  }, 60_000);
});
