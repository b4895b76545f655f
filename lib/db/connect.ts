import mongoose from "mongoose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { monitorDbCommands } from "@/lib/observability/db-monitor";

type Connection = typeof mongoose;

// A query before the connection is up fails at once instead of queueing
// silently for ten seconds; strict queries drop filter keys the schema lacks.
mongoose.set("bufferCommands", false);
mongoose.set("strictQuery", true);
mongoose.set("autoIndex", false);

const cache = globalThis as typeof globalThis & {
  __uniChatDb?: Promise<Connection>;
  /** Whether the connected server is FerretDB (the embedded database, or one of the admin's own). */
  __uniChatFerretDb?: boolean;
};

/**
 * Connects mongoose once per process. A failed attempt is forgotten, so the
 * next request tries again instead of failing forever.
 */
export function connectDb(): Promise<Connection> {
  cache.__uniChatDb ??= open().catch((error: unknown) => {
    cache.__uniChatDb = undefined;
    log.error("database connection failed", { error });
    throw AppError.databaseUnavailable();
  });
  return cache.__uniChatDb;
}

async function open(): Promise<Connection> {
  const uri = env().MONGODB_URI;
  if (!uri) {
    throw new Error("MONGODB_URI is not set and the embedded database was not started.");
  }
  const options = {
    bufferCommands: false,
    dbName: dbNameFrom(uri),
    serverSelectionTimeoutMS: 5_000,
    // Every command's latency goes to the metrics (and a span when tracing is on).
    monitorCommands: true,
  };
  let connection = await mongoose.connect(uri, options);
  cache.__uniChatFerretDb = await isFerretDb(connection);
  if (cache.__uniChatFerretDb) {
    // FerretDB's SQLite backend applies an update by reading the document and
    // writing it back, without a lock: two $inc at once can lose one. One
    // connection per process makes every write wait its turn.
    await connection.disconnect();
    connection = await mongoose.connect(uri, { ...options, maxPoolSize: 1 });
  }
  monitorDbCommands(connection.connection.getClient());
  return connection;
}

async function isFerretDb(connection: Connection): Promise<boolean> {
  const info = await connection.connection.db?.admin().command({ buildInfo: 1 });
  return info !== undefined && "ferretdbFeatures" in info;
}

/** Whether the database is FerretDB rather than MongoDB. */
export async function onFerretDb(): Promise<boolean> {
  await connectDb();
  return cache.__uniChatFerretDb === true;
}

/** MongoDB URIs name the database in their path; the default is "unichat", as in the seed. */
function dbNameFrom(uri: string): string {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : "unichat";
}

/** Pings the database; used by the health check. */
export async function pingDb(): Promise<boolean> {
  try {
    const connection = await connectDb();
    await connection.connection.db?.admin().ping();
    return true;
  } catch {
    return false;
  }
}
