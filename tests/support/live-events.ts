import { waitFor } from "../setup/wait";
import type { Client } from "./http";

export interface ReceivedEvent {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/**
 * A tab's events channel (`GET /api/events`) read in the background: every
 * event and comment as it arrives, until the server ends it or close().
 */
export class LiveEvents {
  readonly events: ReceivedEvent[] = [];
  readonly comments: string[] = [];
  ended = false;

  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {}

  /** Opens the channel as `client`; the answer may be a refusal (see `response.status`). */
  static async open(client: Client, headers: Record<string, string> = {}): Promise<LiveEvents> {
    const controller = new AbortController();
    const response = await client.fetch("/api/events", { headers, signal: controller.signal });
    const channel = new LiveEvents(response, controller);
    if (response.status === 200) void channel.read();
    return channel;
  }

  get ids(): string[] {
    return this.events.map((event) => event.id);
  }

  of(type: string): ReceivedEvent[] {
    return this.events.filter((event) => event.event === type);
  }

  /** The first event, of those received or still to come, that `matches`. */
  async next(
    matches: (event: ReceivedEvent) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<ReceivedEvent> {
    let found: ReceivedEvent | undefined;
    await waitFor(
      async () => {
        found = this.events.find(matches);
        return found !== undefined;
      },
      what,
      timeoutMs,
    );
    if (!found) throw new Error(`no ${what}`);
    return found;
  }

  /** Waits until `count` events have arrived. */
  async received(count: number, what: string): Promise<void> {
    await waitFor(async () => this.events.length >= count, what, 10_000);
  }

  close(): void {
    this.controller.abort();
  }

  private async read(): Promise<void> {
    if (!this.response.body) return;
    const reader = this.response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted by close().
    }
    this.ended = true;
  }

  private take(block: string): void {
    const fields: Record<string, string> = {};
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(":");
      if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
    }
    if (fields.event && fields.data !== undefined) {
      this.events.push({
        id: fields.id ?? "",
        event: fields.event,
        data: JSON.parse(fields.data) as Record<string, unknown>,
      });
    }
  }
}
