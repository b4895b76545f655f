import { bus } from "@/lib/realtime/bus";
import { stopGeneration } from "./generation-registry";

const CHANNEL = "answer:stop";

interface StopMessage {
  messageId: string;
  userId: string;
}

function isStopMessage(message: unknown): message is StopMessage {
  const { messageId, userId } = (message ?? {}) as Partial<StopMessage>;
  return typeof messageId === "string" && typeof userId === "string";
}

const store = globalThis as typeof globalThis & { __uniChatStopListener?: () => void };

/**
 * Listens, once per process, for Stop pressed on another instance: the
 * instance that runs the answer stops it. Called at start-up, so a stop
 * never waits for a subscription.
 */
export function listenForStops(): void {
  store.__uniChatStopListener ??= bus().subscribe(CHANNEL, (message) => {
    if (isStopMessage(message)) stopGeneration(message.messageId, message.userId);
  });
}

/**
 * Stops the user's answer `messageId` wherever it runs: here at once,
 * else through the bus (Redis pub/sub between instances) on the instance
 * that runs it, which then saves what was said as `stopped`.
 */
export async function stopAnywhere(messageId: string, userId: string): Promise<void> {
  if (stopGeneration(messageId, userId)) return;
  listenForStops();
  await bus().publish(CHANNEL, { messageId, userId } satisfies StopMessage);
}
