import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { Types } from "mongoose";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { resolveOwnedFiles } from "@/lib/files/owned";
import { StoredFile } from "@/models/file";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { createUser, signedIn } from "../support/users";

// Tiny but real files (each decodes in Chromium), built here so no binary
// fixture hides in the repository.
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 red RGBA PNG. */
function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A 1×1 grey baseline JPEG: one-code Huffman tables, a zero DC and an end-of-block. */
function jpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [0xff, marker, 0, body.length + 2, ...body];
  const oneCode = (tableClass: number) => [tableClass, 1, ...new Array(15).fill(0), 0x00];
  return Buffer.from([
    ...[0xff, 0xd8],
    ...segment(0xdb, [0x00, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCode(0x00)),
    ...segment(0xc4, oneCode(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...[0x3f, 0xff, 0xd9],
  ]);
}

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const WEBP = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64");
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
    "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);
const HTML = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

function upload(client: Client, bytes: Uint8Array, name: string, type = "") {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
  return client.fetch("/api/files", { method: "POST", body: form });
}

async function uploaded(client: Client, bytes: Uint8Array, name: string): Promise<AttachmentDto> {
  const response = await upload(client, bytes, name);
  expect(response.status).toBe(201);
  return (await response.json()) as AttachmentDto;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** Where the app keeps a file's bytes (the test app's DATA_DIR is `<dataDir>/app`). */
async function storedPath(id: string): Promise<string> {
  const doc = await StoredFile.findById(id).lean();
  if (!doc) throw new Error(`no record for file ${id}`);
  const key = doc.storage_key;
  return path.join(inject("dataDir"), "app", "files", key.slice(0, 2), key);
}

const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Sends a multipart upload of `size` bytes on a connection of its own (the
 * server answers 413 and hangs up mid-body, which would poison a pooled
 * connection), with a Content-Length or chunked without one.
 */
function postOversized(client: Client, size: number, declareLength: boolean) {
  const boundary = "oversized-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    let answered = false;
    const req = request(
      `${client.baseUrl}/api/files`,
      {
        method: "POST",
        agent: false,
        headers: {
          cookie: client.cookieHeader,
          origin: client.baseUrl,
          "x-forwarded-for": client.address,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          ...(declareLength ? { "content-length": head.length + size + tail.length } : {}),
        },
      },
      (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (text: string) => {
          body += text;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // Writing fails once the server has answered and closed: that is the point.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const send = async () => {
      req.write(head);
      for (let left = size; left > 0 && !answered && !req.destroyed; left -= chunk.length) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        if (!req.write(piece)) await new Promise((done) => req.once("drain", done));
      }
      if (!answered) req.end(tail);
    };
    void send();
  });
}

let actors: Actors;
let owner: Client;
beforeAll(async () => {
  actors = await createActors();
  owner = actors.clients.owner;
});

describe("POST /api/files", () => {
  // The type checks upload many files: an account of their own keeps the
  // owner's uploads under the per-account limit.
  let typist: { id: string; client: Client };
  beforeAll(async () => {
    const user = await createUser();
    typist = { id: user.id, client: await signedIn(user) };
  });

  it.each([
    ["pixel.png", "image/png", "image", png()],
    ["photo.jpg", "image/jpeg", "image", jpeg()],
    ["anim.gif", "image/gif", "image", GIF],
    ["small.webp", "image/webp", "image", WEBP],
    ["paper.pdf", "application/pdf", "document", PDF],
    ["notes.txt", "text/plain", "document", Buffer.from("plain words\n")],
    ["README.md", "text/markdown", "document", Buffer.from("# Títle ✓\n")],
    ["table.csv", "text/csv", "document", Buffer.from("a,b\n1,2\n")],
    ["data.json", "application/json", "document", Buffer.from('{"a":1}')],
    ["main.PY", "text/plain", "document", Buffer.from("print('hi')\n")],
    ["page.html", "text/plain", "document", HTML],
  ])(
    "stores %s as %s (%s), returns it and serves the same bytes",
    async (name, mimeType, kind, bytes) => {
      const file = await uploaded(typist.client, bytes, name);
      expect(file).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        name,
        size: bytes.length,
        mimeType,
        kind,
        url: `/api/files/${file.id}`,
      });
      const doc = await StoredFile.findById(file.id).lean();
      expect(doc?.user_id.toString()).toBe(typist.id);
      expect(doc?.storage_key).toMatch(/^[0-9a-f]{32}$/);
      expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await readFile(await storedPath(file.id))).toEqual(bytes);
      const served = await typist.client.fetch(file.url);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe(mimeType);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
    },
  );

  it("decides the type from the content, not the name or the browser's type", async () => {
    const file = await uploaded(owner, png(), "holiday.txt");
    expect(file).toMatchObject({ mimeType: "image/png", kind: "image", name: "holiday.txt" });
  });

  it.each([
    ["an SVG", SVG, "drawing.svg", "image/svg+xml"],
    ["an SVG named .png", SVG, "drawing.png", "image/png"],
    ["HTML named .png", HTML, "pixel.png", "image/png"],
    ["a binary named .txt", Buffer.from([0x68, 0x69, 0x00, 0x01, 0xff]), "notes.txt", "text/plain"],
    ["text that is not UTF-8", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), "notes.txt", ""],
    ["an executable named .pdf", ELF, "paper.pdf", "application/pdf"],
    ["a file with no extension", Buffer.from("hello"), "Makefile", ""],
  ])("refuses %s", async (_label, bytes, name, type) => {
    const before = await StoredFile.countDocuments({ user_id: typist.id });
    const response = await upload(typist.client, bytes, name, type);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("unsupported_file_type");
    expect(error.message).toMatch(/PNG, JPEG, WebP, GIF.*PDF.*\.txt .*\.md .*\.csv .*\.json/);
    expect(await StoredFile.countDocuments({ user_id: typist.id })).toBe(before);
  });

  it("accepts 16 MB", async () => {
    const response = await upload(owner, Buffer.alloc(MAX_BYTES, 0x61), "big.txt");
    expect(response.status).toBe(201);
  });

  it("refuses one byte more with 413", async () => {
    const response = await upload(owner, Buffer.alloc(MAX_BYTES + 1, 0x61), "bigger.txt");
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload_too_large");
  });

  it("refuses a larger body from its Content-Length, or while reading one without it", async () => {
    for (const declareLength of [true, false]) {
      const response = await postOversized(owner, MAX_BYTES + 1024 * 1024, declareLength);
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body).error.code).toBe("payload_too_large");
    }
  });

  it("refuses a form without a file, an empty file and a body that is not a form", async () => {
    const form = new FormData();
    form.set("other", "value");
    const missing = await owner.fetch("/api/files", { method: "POST", body: form });
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).code).toBe("invalid_input");
    expect((await upload(owner, Buffer.alloc(0), "empty.txt")).status).toBe(400);
    expect((await owner.json("/api/files", "POST", { file: "x" })).status).toBe(400);
  });

  it("keeps only the base name of a path and never uses it for storage", async () => {
    const file = await uploaded(owner, Buffer.from("x"), "../../etc/\u202Epasswd.txt");
    expect(file.name).toBe("passwd.txt");
    expect(await storedPath(file.id)).toMatch(/[/\\]files[/\\][0-9a-f]{2}[/\\][0-9a-f]{32}$/);
  });

  it("is for signed-in, unbanned users", async () => {
    await expectMatrix(actors, (client) => upload(client, png(), "p.png"), {
      anonymous: 401,
      owner: 201,
      other: 201,
      banned: 403,
      admin: 201,
    });
  });
});

describe("GET /api/files/:id", () => {
  it("serves a file to its owner only", async () => {
    const file = await uploaded(owner, png(), "mine.png");
    await expectMatrix(actors, (client) => client.fetch(file.url), {
      anonymous: 401,
      owner: 200,
      other: 404,
      banned: 403,
      admin: 404,
    });
    for (const bad of ["nope", "0".repeat(24), new Types.ObjectId().toString()]) {
      expect((await owner.fetch(`/api/files/${bad}`)).status).toBe(404);
    }
  });

  it("shows raster images inline and sends everything else as a download", async () => {
    const image = await owner.fetch((await uploaded(owner, GIF, "a b.gif")).url);
    expect(image.headers.get("content-disposition")).toBe("inline; filename*=UTF-8''a%20b.gif");
    for (const [bytes, name, type] of [
      [PDF, "paper.pdf", "application/pdf"],
      [HTML, "page.html", "text/plain"],
      [Buffer.from("# hi"), `résumé "final";(1).md`, "text/markdown"],
    ] as const) {
      const response = await owner.fetch((await uploaded(owner, bytes, name)).url);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(name)
          .replaceAll("(", "%28")
          .replaceAll(")", "%29")}`,
      );
    }
  });

  it("sends the safety and caching headers", async () => {
    for (const name of ["x.png", "x.txt"]) {
      const bytes = name.endsWith(".png") ? png() : Buffer.from("text");
      const response = await owner.fetch((await uploaded(owner, bytes, name)).url);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
      expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    }
  });
});

describe("DELETE /api/files/:id", () => {
  it("lets only the owner delete, and removes the stored bytes", async () => {
    const file = await uploaded(owner, png(), "gone.png");
    const onDisk = await storedPath(file.id);
    const { clients } = actors;
    // Everyone else first, so the owner's 204 comes after the others were refused.
    const seen: Record<string, number> = {};
    for (const actor of ["anonymous", "other", "banned", "admin", "owner"] as const) {
      seen[actor] = (await clients[actor].fetch(file.url, { method: "DELETE" })).status;
      if (actor !== "owner") expect(existsSync(onDisk)).toBe(true);
    }
    expect(seen).toEqual({ anonymous: 401, other: 404, banned: 403, admin: 404, owner: 204 });
    expect(existsSync(onDisk)).toBe(false);
    expect(await StoredFile.findById(file.id).lean()).toBeNull();
    expect((await owner.fetch(file.url)).status).toBe(404);
    expect((await owner.fetch(file.url, { method: "DELETE" })).status).toBe(404);
  });

  it("refuses a cookie-authenticated delete from another site", async () => {
    const file = await uploaded(owner, png(), "kept.png");
    const response = await owner.fetch(file.url, {
      method: "DELETE",
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect((await owner.fetch(file.url)).status).toBe(200);
  });
});

describe("resolveOwnedFiles", () => {
  const as = (id: string): SessionUser => ({
    id,
    email: "x@example.com",
    role: "user",
    displayName: "x",
    avatarUrl: "",
    theme: "system",
    notifyReplies: true,
    language: null,
  });

  it("returns the actor's files in the order asked, once each", async () => {
    const a = await uploaded(owner, png(), "a.png");
    const b = await uploaded(owner, Buffer.from("b"), "b.txt");
    const files = await resolveOwnedFiles(as(actors.owner.id), [b.id, a.id, b.id.toUpperCase()]);
    expect(files.map((file) => file._id.toString())).toEqual([b.id, a.id]);
  });

  it("reports another user's file, or a bad id, as a missing attachment", async () => {
    const mine = await uploaded(owner, png(), "mine.png");
    const theirs = await uploaded(actors.clients.other, png(), "theirs.png");
    const actor = as(actors.owner.id);
    await expect(resolveOwnedFiles(actor, [mine.id, theirs.id])).rejects.toMatchObject({
      status: 404,
      code: "not_found",
      message: `The attachment ${theirs.id} was not found.`,
    });
    await expect(resolveOwnedFiles(actor, ["../etc"])).rejects.toMatchObject({ status: 404 });
  });

  it("allows at most 10 attachments", async () => {
    const ids = Array.from({ length: 11 }, () => new Types.ObjectId().toString());
    await expect(resolveOwnedFiles(as(actors.owner.id), ids)).rejects.toMatchObject({
      status: 400,
    });
  });
});
