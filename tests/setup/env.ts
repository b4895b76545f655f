import { inject } from "vitest";

// Service-level tests talk to the same database and Redis as the app server.
process.env.MONGODB_URI = inject("mongoUri");
process.env.REDIS_URL = inject("redisUrl");
process.env.DATA_DIR = inject("dataDir");
