import { bus } from "@/lib/realtime/bus";
import { stopGeneration } from "./generation-registry";

const CHANNEL = "answer:stop";

interface StopMessage {
  messageId: string;
  userId: string;
  /** How much of the reply its person saw (see Generation.shown). */
  shown?: number;
}

function isStopMessage(message: unknown): message is StopMessage {
  const { messageId, userId, shown } = (message ?? {}) as Partial<StopMessage>;
  return (
    typeof messageId === "string" &&
    typeof userId === "string" &&
    (shown === undefined || typeof shown === "number")
  );
}

const store = globalThis as typeof globalThis & { __uniChatStopListener?: () => void };

/**
 * Listens, once per process, for Stop pressed on another instance: the
 * instance that runs the answer stops it. Called at start-up, so a stop
 * never waits for a subscription.
 */
export function listenForStops(): void {
  store.__uniChatStopListener ??= bus().subscribe(CHANNEL, (message) => {
    if (isStopMessage(message)) stopGeneration(message.messageId, message.userId, message.shown);
  });
}

/**
 * Stops the user's answer `messageId` wherever it runs: here at once,
 * else through the bus (Redis pub/sub between instances) on the instance
 * that runs it, which then saves what was said as `stopped`: no more than
 * the `shown` characters its person saw, when the browser says.
 */
export async function stopAnywhere(
  messageId: string,
  userId: string,
  shown?: number,
): Promise<void> {
  if (stopGeneration(messageId, userId, shown)) return;
  listenForStops();
  await bus().publish(CHANNEL, { messageId, userId, shown } satisfies StopMessage);
}
