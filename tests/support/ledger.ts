import { expect } from "vitest";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";

/**
 * Checks that nothing was counted twice or lost: the user's token and cost
 * counters equal the sum of their usage logs (no reservation left held),
 * and each of their conversations' message count and totals equal a
 * recount of its messages and logs.
 */
export async function expectBooksBalance(userId: string): Promise<void> {
  const [user, logs, conversations] = await Promise.all([
    User.findById(userId).lean(),
    UsageLog.find({ user_id: userId }).lean(),
    Conversation.find({ user_id: userId }).lean(),
  ]);
  if (!user) throw new Error("the user is gone");
  const sum = (of: typeof logs, pick: (log: (typeof logs)[number]) => number) =>
    of.reduce((total, log) => total + pick(log), 0);
  expect(user.usage.tokens_used).toBe(sum(logs, (log) => log.tokens.total));
  expect(user.usage.cost_usd).toBeCloseTo(
    sum(logs, (log) => log.cost_usd),
    12,
  );
  expect(user.usage.month_committed_usd).toBeCloseTo(user.usage.month_cost_usd, 12);
  for (const conversation of conversations) {
    const id = conversation._id;
    const own = logs.filter((log) => log.conversation_id?.equals(id));
    expect(conversation.message_count).toBe(await Message.countDocuments({ conversation_id: id }));
    expect(conversation.stats.total_tokens).toBe(sum(own, (log) => log.tokens.total));
    expect(conversation.stats.cost_usd).toBeCloseTo(
      sum(own, (log) => log.cost_usd),
      12,
    );
  }
}
