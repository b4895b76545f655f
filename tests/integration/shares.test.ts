import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AttachmentDto, Page } from "@/lib/conversations/dto";
import type { CreatedShareDto, SharedConversationDto, ShareLinkDto } from "@/lib/shares/dto";
import { ShareLink } from "@/models/share-link";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, sendAndRead } from "../support/chat";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { banUser, createUser, signedIn, type TestUser } from "../support/users";

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function upload(client: Client, bytes: Uint8Array, name: string): Promise<AttachmentDto> {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await client.fetch("/api/files", { method: "POST", body: form });
  expect(response.status).toBe(201);
  return body<AttachmentDto>(response);
}

/** A conversation of `user` with one answered message per entry, through the chat itself. */
async function conversationWith(
  client: Client,
  user: TestUser,
  messages: Array<{ content: string; attachments?: string[] }>,
): Promise<string> {
  const id = await createConversation(user, { title: "Shared plans" });
  for (const message of messages) {
    const stream = await sendAndRead(client, id, message);
    expect(stream.finish).toBeDefined();
  }
  return id;
}

function share(client: Client, conversationId: string, input?: unknown) {
  return input === undefined
    ? client.fetch(`/api/conversations/${conversationId}/share`, { method: "POST" })
    : client.json(`/api/conversations/${conversationId}/share`, "POST", input);
}

async function shared(client: Client, conversationId: string, input?: unknown) {
  const response = await share(client, conversationId, input);
  expect(response.status).toBe(201);
  const created = await body<CreatedShareDto>(response);
  return { ...created, token: created.url.split("/share/")[1] ?? "" };
}

const anonymous = () => new Client();

describe("who may do what", () => {
  it("POST /api/conversations/:id/share shares the owner's conversation only", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "matrix" },
    ]);
    const responses = await expectMatrix(
      actors,
      (client) => share(client, conversationId, { expiresIn: null }),
      { anonymous: 401, owner: 201, other: 404, banned: 403, admin: 404 },
    );
    const created = await body<CreatedShareDto>(responses.owner);
    expect(Object.keys(created).sort()).toEqual(["id", "url"]);
    expect(created.url).toMatch(
      new RegExp(`^${actors.clients.owner.baseUrl}/share/[A-Za-z0-9_-]{43}$`),
    );
    expect(await ShareLink.countDocuments({ conversation_id: conversationId })).toBe(1);
  });

  it("GET /api/shares lists each person's own links only", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "listed" },
    ]);
    const { id } = await shared(actors.clients.owner, conversationId);
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/shares"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const ids = async (response: Response) =>
      (await body<Page<ShareLinkDto>>(response)).items.map((item) => item.id);
    expect(await ids(responses.owner)).toContain(id);
    expect(await ids(responses.other)).not.toContain(id);
    expect(await ids(responses.admin)).not.toContain(id);

    const one = await actors.clients.owner.fetch(`/api/shares?conversationId=${conversationId}`);
    const [item] = (await body<Page<ShareLinkDto>>(one)).items;
    expect(item).toMatchObject({ id, conversationId, messageCount: 2, status: "active" });
    expect(item?.expiresAt).toBeNull();
  });

  it("DELETE /api/shares/:id revokes the owner's link only, and it then answers 404", async () => {
    const [target, ownersOwn] = await Promise.all(
      [1, 2].map(async (n) => {
        const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
          { content: `revoke ${n}` },
        ]);
        return shared(actors.clients.owner, conversationId);
      }),
    );
    if (!target || !ownersOwn) throw new Error("no links");
    // The owner revokes another link, so the others' attempts meet a live target.
    await expectMatrix(
      actors,
      (client, actor) =>
        client.fetch(`/api/shares/${actor === "owner" ? ownersOwn.id : target.id}`, {
          method: "DELETE",
        }),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
    expect((await anonymous().fetch(`/api/share/${target.token}`)).status).toBe(200);
    expect((await anonymous().fetch(`/api/share/${ownersOwn.token}`)).status).toBe(404);
    const page = await anonymous().fetch(`/share/${ownersOwn.token}`);
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/This link doesn(&#x27;|')t work/);
    const again = await actors.clients.owner.fetch(`/api/shares/${ownersOwn.id}`, {
      method: "DELETE",
    });
    expect(again.status).toBe(404);
  });
});

describe("input", () => {
  it("refuses a bad body with a 400 that changes nothing", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "bad input" },
    ]);
    const owner = actors.clients.owner;
    for (const input of [
      { expiresIn: "2d" },
      { expiresIn: 7 },
      { expiresIn: null, public: true },
    ]) {
      const response = await share(owner, conversationId, input);
      expect(response.status).toBe(400);
      expect((await body<{ error: { code: string } }>(response)).error.code).toBe("invalid_input");
    }
    const malformed = await owner.fetch(`/api/conversations/${conversationId}/share`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(malformed.status).toBe(400);
    expect(await ShareLink.countDocuments({ conversation_id: conversationId })).toBe(0);

    const bad = await owner.fetch("/api/shares?limit=0&cursor=nope");
    expect(bad.status).toBe(400);
  });

  it("takes no body at all as a link that never expires", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "no body" },
    ]);
    const { id } = await shared(actors.clients.owner, conversationId);
    expect((await ShareLink.findById(id).lean())?.expires_at).toBeNull();
  });

  it("is described in the OpenAPI document, its body optional", async () => {
    const document = await body<{ paths: Record<string, Record<string, unknown>> }>(
      await anonymous().fetch("/api/openapi.json"),
    );
    const create = document.paths["/api/conversations/{id}/share"]?.post as {
      requestBody: { required: boolean };
    };
    expect(create.requestBody.required).toBe(false);
    expect(JSON.stringify(create)).toContain('"expiresIn"');
    expect(document.paths["/api/share/{token}/files/{fileId}"]?.get).toMatchObject({
      security: [],
    });
  });

  it("answers 409 for a conversation with nothing in it yet", async () => {
    const conversationId = await createConversation(actors.owner);
    const response = await share(actors.clients.owner, conversationId);
    expect(response.status).toBe(409);
    expect(await ShareLink.countDocuments({ conversation_id: conversationId })).toBe(0);
  });
});

describe("the copy", () => {
  it("holds the branch as it was, and only an update brings later messages", async () => {
    const owner = actors.clients.owner;
    const image = await upload(owner, GIF, "dot.gif");
    const conversationId = await conversationWith(owner, actors.owner, [
      { content: "First question", attachments: [image.id] },
      { content: "| a | b |\n|---|---|\n| 1 | 2 |" },
    ]);
    const link = await shared(owner, conversationId, { expiresIn: "7d" });

    const response = await anonymous().fetch(`/api/share/${link.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-robots-tag")).toContain("noindex");
    const text = await response.clone().text();
    expect(text).not.toContain(actors.owner.id);
    expect(text).not.toContain(actors.owner.email);
    const copy = await body<SharedConversationDto>(response);
    expect(copy.title).toBe("Shared plans");
    expect(copy.messages.map((message) => [message.role, message.model])).toEqual([
      ["user", null],
      ["assistant", "fake/echo"],
      ["user", null],
      ["assistant", "fake/echo"],
    ]);
    expect(copy.messages[0]).toMatchObject({
      text: "First question",
      attachments: [
        {
          name: "dot.gif",
          kind: "image",
          url: `/api/share/${link.token}/files/${image.id}`,
        },
      ],
    });
    expect(copy.messages[1]?.text).toContain("First question");
    expect(Date.parse(copy.messages[0]?.createdAt ?? "")).not.toBeNaN();

    await sendAndRead(owner, conversationId, { content: "A later question" });
    const unchanged = await body<SharedConversationDto>(
      await anonymous().fetch(`/api/share/${link.token}`),
    );
    expect(unchanged.messages).toHaveLength(4);
    expect(JSON.stringify(unchanged)).not.toContain("A later question");

    const updated = await shared(owner, conversationId);
    expect(updated).toEqual(link);
    const after = await body<SharedConversationDto>(
      await anonymous().fetch(`/api/share/${link.token}`),
    );
    expect(after.messages).toHaveLength(6);
    expect(after.messages[4]?.text).toBe("A later question");
    expect(after.expiresAt).toBeNull();
  });

  it("is a public page without the app, kept out of search engines", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "Shown on the public page" },
    ]);
    const { token } = await shared(actors.clients.owner, conversationId);
    const page = await anonymous().fetch(`/share/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Shown on the public page");
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    // No sidebar drawn: its text is only among the messages every page carries for the browser.
    expect(html).not.toMatch(/>New chat</);
  });

  it("answers 404 once expired, until the owner shares again", async () => {
    const conversationId = await conversationWith(actors.clients.owner, actors.owner, [
      { content: "expiring" },
    ]);
    const link = await shared(actors.clients.owner, conversationId, { expiresIn: "1d" });
    const stored = await ShareLink.findById(link.id).lean();
    const day = (stored?.expires_at?.getTime() ?? 0) - (stored?.snapshot_at.getTime() ?? 0);
    expect(day).toBe(24 * 60 * 60 * 1000);

    await ShareLink.updateOne({ _id: link.id }, { $set: { expires_at: new Date(Date.now() - 1) } });
    expect((await anonymous().fetch(`/api/share/${link.token}`)).status).toBe(404);
    expect((await anonymous().fetch(`/share/${link.token}`)).status).toBe(404);
    const listed = await actors.clients.owner.fetch(`/api/shares?conversationId=${conversationId}`);
    expect((await body<Page<ShareLinkDto>>(listed)).items[0]?.status).toBe("expired");

    await shared(actors.clients.owner, conversationId, { expiresIn: "30d" });
    expect((await anonymous().fetch(`/api/share/${link.token}`)).status).toBe(200);
  });

  it("answers 404 for a token that names nothing, or a suspended owner's link", async () => {
    for (const token of ["A".repeat(43), "short", `${"A".repeat(42)}!`]) {
      expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(404);
    }
    const user = await createUser();
    const client = await signedIn(user);
    const conversationId = await conversationWith(client, user, [{ content: "suspended" }]);
    const { token } = await shared(client, conversationId);
    expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(200);
    await banUser(user);
    expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(404);
  });
});

describe("files through a link", () => {
  it("serves only what the copy holds, while the owner still has it", async () => {
    const owner = actors.clients.owner;
    const [image, notes, unshared, othersFile] = await Promise.all([
      upload(owner, GIF, "shared.gif"),
      upload(owner, Buffer.from("meeting notes"), "notes.txt"),
      upload(owner, GIF, "private.gif"),
      upload(actors.clients.other, GIF, "others.gif"),
    ]);
    if (!image || !notes || !unshared || !othersFile) throw new Error("no uploads");
    const conversationId = await conversationWith(owner, actors.owner, [
      { content: "Files", attachments: [image.id, notes.id] },
    ]);
    const { token } = await shared(owner, conversationId);
    const fileUrl = (id: string) => `/api/share/${token}/files/${id}`;

    const served = await anonymous().fetch(fileUrl(image.id));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/gif");
    expect(served.headers.get("x-robots-tag")).toContain("noindex");
    expect(Buffer.from(await served.arrayBuffer())).toEqual(GIF);
    const document = await anonymous().fetch(fileUrl(notes.id));
    expect(document.status).toBe(200);
    expect(document.headers.get("content-disposition")).toMatch(/^attachment/);

    for (const id of [unshared.id, othersFile.id, "0".repeat(24), "not-an-id"]) {
      const refused = await anonymous().fetch(fileUrl(id));
      expect(refused.status).toBe(404);
      expect(refused.headers.get("x-robots-tag")).toContain("noindex");
    }
    // Another link's token does not open this link's files.
    const elsewhere = await conversationWith(owner, actors.owner, [{ content: "elsewhere" }]);
    const other = await shared(owner, elsewhere);
    expect((await anonymous().fetch(`/api/share/${other.token}/files/${image.id}`)).status).toBe(
      404,
    );

    expect((await owner.fetch(`/api/files/${image.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await anonymous().fetch(fileUrl(image.id))).status).toBe(404);
    expect((await anonymous().fetch(fileUrl(notes.id))).status).toBe(200);
  });

  it("goes with the conversation: deleting it revokes its link", async () => {
    const owner = actors.clients.owner;
    const image = await upload(owner, GIF, "gone.gif");
    const conversationId = await conversationWith(owner, actors.owner, [
      { content: "Delete me", attachments: [image.id] },
    ]);
    const { id, token } = await shared(owner, conversationId);
    const deleted = await owner.fetch(`/api/conversations/${conversationId}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await ShareLink.exists({ _id: id })).toBeNull();
    expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(404);
    expect((await anonymous().fetch(`/api/share/${token}/files/${image.id}`)).status).toBe(404);
  });
});

describe("a deleted account", () => {
  it("takes its links with it", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const conversationId = await conversationWith(client, user, [{ content: "leaving" }]);
    const { id, token } = await shared(client, conversationId);
    const deleted = await actors.clients.admin.json(`/api/admin/users/${user.id}`, "DELETE", {
      confirmEmail: user.email,
    });
    expect(deleted.status).toBe(204);
    expect(await ShareLink.exists({ _id: id })).toBeNull();
    expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(404);
  });
});

describe("with ALLOW_SHARING=false", () => {
  const own = new OwnApps();
  afterAll(() => own.cleanUp());

  it("refuses new links with a 403 and answers 404 for every existing one", async () => {
    const owner = actors.clients.owner;
    const image = await upload(owner, GIF, "off.gif");
    const conversationId = await conversationWith(owner, actors.owner, [
      { content: "Sharing off", attachments: [image.id] },
    ]);
    const { token } = await shared(owner, conversationId);

    // A second instance on the same database and files, with sharing turned off.
    const app = await own.start({
      MONGODB_URI: inject("mongoUri"),
      DATA_DIR: path.join(inject("dataDir"), "app"),
      ALLOW_SHARING: "false",
    });
    const visitor = new Client(app.url);
    expect((await visitor.fetch(`/api/share/${token}`)).status).toBe(404);
    expect((await visitor.fetch(`/api/share/${token}/files/${image.id}`)).status).toBe(404);
    expect((await visitor.fetch(`/share/${token}`)).status).toBe(404);

    const ownerThere = new Client(app.url);
    expect((await ownerThere.signIn(actors.owner.email, actors.owner.password)).ok).toBe(true);
    const refused = await ownerThere.json(`/api/conversations/${conversationId}/share`, "POST", {});
    expect(refused.status).toBe(403);
    const error = (await body<{ error: { code: string; message: string } }>(refused)).error;
    expect(error.code).toBe("sharing_disabled");
    expect(error.message).toMatch(/Sharing is turned off/);
    const listed = await ownerThere.fetch("/api/shares");
    expect(listed.status).toBe(200);

    // The instance that allows sharing still serves the link.
    expect((await anonymous().fetch(`/api/share/${token}`)).status).toBe(200);
  });
});
