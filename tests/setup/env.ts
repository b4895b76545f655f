import { beforeAll, inject } from "vitest";
import { connectDb } from "@/lib/db/connect";

// Service-level tests talk to the same database and Redis as the app server.
process.env.MONGODB_URI = inject("mongoUri");
process.env.REDIS_URL = inject("redisUrl");
process.env.DATA_DIR = inject("dataDir");

// Tests read and seed the database directly to check what the app did.
beforeAll(async () => {
  await connectDb();
});
