import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { parseInput } from "@/lib/validation";
import { UsageLog, type UsageLogDoc } from "@/models/usage-log";
import { User } from "@/models/user";
import { csvRow } from "./csv";
import { usageCsvSchema } from "./schemas";

const HEADER = [
  "time",
  "day",
  "user_email",
  "user_name",
  "kind",
  "model",
  "prompt_tokens",
  "completion_tokens",
  "total_tokens",
  "cost_usd",
];

const BATCH = 1_000;

/**
 * The usage logs of the days `from`–`to` as CSV, streamed a thousand rows
 * at a time so a long range never sits in memory. Validated before the
 * first byte, so a bad range is an ordinary 400.
 */
export async function usageCsv(
  actor: SessionUser,
  query: unknown,
): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
  assertAdmin(actor);
  const { from, to } = parseInput(usageCsvSchema, query);
  await connectDb();
  const cursor = UsageLog.find({ day: { $gte: from, $lte: to } })
    .sort({ day: 1, _id: 1 })
    .lean()
    .cursor({ batchSize: BATCH });
  const names = new Map<string, { email: string; name: string }>();
  const encoder = new TextEncoder();
  let headerSent = false;

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(HEADER)));
      }
      const batch: UsageLogDoc[] = [];
      while (batch.length < BATCH) {
        const doc = await cursor.next();
        if (!doc) break;
        batch.push(doc);
      }
      if (batch.length === 0) {
        await cursor.close();
        controller.close();
        return;
      }
      const unknown = [...new Set(batch.map((log) => log.user_id.toString()))].filter(
        (id) => !names.has(id),
      );
      if (unknown.length) {
        const users = await User.find({ _id: { $in: unknown } })
          .select("email profile.display_name")
          .lean();
        for (const user of users) {
          names.set(user._id.toString(), { email: user.email, name: user.profile.display_name });
        }
      }
      controller.enqueue(
        encoder.encode(
          batch
            .map((log) => {
              const who = names.get(log.user_id.toString());
              return csvRow([
                log.created_at.toISOString(),
                log.day,
                who?.email ?? "(deleted)",
                who?.name ?? "",
                log.kind,
                log.model_id,
                log.tokens.prompt,
                log.tokens.completion,
                log.tokens.total,
                // Sums of floats carry noise (0.1 + 0.2); twelve digits is more than any price has.
                Number(log.cost_usd.toPrecision(12)),
              ]);
            })
            .join(""),
        ),
      );
    },
    async cancel() {
      await cursor.close();
    },
  });
  return { filename: `usage-${from}-to-${to}.csv`, body };
}
