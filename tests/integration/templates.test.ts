import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "@/lib/conversations/dto";
import { runAction } from "@/lib/http/action";
import { createTemplate } from "@/lib/templates/create";
import { deleteTemplate } from "@/lib/templates/delete";
import type { TemplateDto } from "@/lib/templates/dto";
import { setTemplateActive, updateTemplate } from "@/lib/templates/update";
import { AuditLog } from "@/models/audit-log";
import { PromptTemplate, type PromptTemplateDoc } from "@/models/prompt-template";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { sessionUserOf } from "../support/users";

let actors: Actors;
let adminId: string;
beforeAll(async () => {
  actors = await createActors();
  adminId = actors.admin.id;
});

let seeded = 0;
async function seedTemplate(fields: Partial<PromptTemplateDoc> = {}): Promise<PromptTemplateDoc> {
  seeded += 1;
  const doc = await PromptTemplate.create({
    name: `Seeded ${seeded} ${new Types.ObjectId()}`,
    category: "Seeded",
    template_text: "Hello {{name}}",
    variables: ["name"],
    ...fields,
  });
  return doc.toObject();
}

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function fieldsOf(response: Response): Promise<string[]> {
  const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
  return Object.keys(error.error.fields ?? {});
}

const templateUrl = (id: string | Types.ObjectId) => `/api/templates/${id}`;
const templateUseUrl = (id: string | Types.ObjectId) => `/api/templates/${id}/use`;
const VALID = { name: "Summarise", category: "Writing", templateText: "Summarise {{text}}" };

describe("the authorisation matrix", () => {
  it("GET /api/templates lists active templates to everyone signed in", async () => {
    const active = await seedTemplate();
    const hidden = await seedTemplate({ is_active: false });
    const responses = await expectMatrix(
      actors,
      (client) => client.fetch("/api/templates?includeInactive=true"),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    const ids = async (response: Response) =>
      (await body<Page<TemplateDto>>(response)).items.map((template) => template.id);
    const ownerIds = await ids(responses.owner);
    expect(ownerIds).toContain(active._id.toString());
    expect(ownerIds).not.toContain(hidden._id.toString());
    expect(await ids(responses.admin)).toContain(hidden._id.toString());
  });

  it("GET /api/templates/categories lists categories to everyone signed in", async () => {
    await seedTemplate({ category: "Matrix category" });
    await seedTemplate({ category: "Hidden category", is_active: false });
    const responses = await expectMatrix(
      actors,
      (client) => client.fetch("/api/templates/categories?includeInactive=true"),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    const owners = (await body<{ items: string[] }>(responses.owner)).items;
    expect(owners).toContain("Matrix category");
    expect(owners).not.toContain("Hidden category");
    expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b)));
    expect((await body<{ items: string[] }>(responses.admin)).items).toContain("Hidden category");
  });

  it("POST /api/templates is for admins only", async () => {
    const responses = await expectMatrix(
      actors,
      (client, actor) =>
        client.json("/api/templates", "POST", { ...VALID, name: `Made by ${actor}` }),
      { anonymous: 401, owner: 403, other: 403, banned: 403, admin: 201 },
    );
    const created = await body<TemplateDto>(responses.admin);
    expect(created).toMatchObject({ name: "Made by admin", variables: ["text"], usageCount: 0 });
    for (const actor of ["anonymous", "owner", "other", "banned"]) {
      expect(await PromptTemplate.exists({ name: `Made by ${actor}` })).toBeNull();
    }
  });

  it("GET /api/templates/:id shows an active template to everyone signed in", async () => {
    const template = await seedTemplate();
    await expectMatrix(actors, (client) => client.fetch(templateUrl(template._id)), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
  });

  it("GET /api/templates/:id hides an inactive template from everyone but admins", async () => {
    const template = await seedTemplate({ is_active: false });
    await expectMatrix(actors, (client) => client.fetch(templateUrl(template._id)), {
      anonymous: 401,
      owner: 404,
      other: 404,
      banned: 403,
      admin: 200,
    });
  });

  it("PATCH /api/templates/:id is for admins only", async () => {
    const template = await seedTemplate({ name: "Before" });
    await expectMatrix(
      actors,
      (client, actor) => client.json(templateUrl(template._id), "PATCH", { name: `By ${actor}` }),
      { anonymous: 401, owner: 403, other: 403, banned: 403, admin: 200 },
    );
    expect((await PromptTemplate.findById(template._id).lean())?.name).toBe("By admin");
  });

  it("DELETE /api/templates/:id is for admins only", async () => {
    const template = await seedTemplate();
    await expectMatrix(
      actors,
      (client) => client.fetch(templateUrl(template._id), { method: "DELETE" }),
      { anonymous: 401, owner: 403, other: 403, banned: 403, admin: 204 },
    );
    expect(await PromptTemplate.exists({ _id: template._id })).toBeNull();
  });

  it("POST /api/templates/:id/use works for everyone signed in", async () => {
    const template = await seedTemplate();
    await expectMatrix(
      actors,
      (client) => client.json(templateUseUrl(template._id), "POST", { values: { name: "Ada" } }),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    expect((await PromptTemplate.findById(template._id).lean())?.usage_count).toBe(3);
  });

  it("POST /api/templates/:id/use of an inactive template is a 404 except for admins", async () => {
    const template = await seedTemplate({ is_active: false });
    await expectMatrix(
      actors,
      (client) => client.json(templateUseUrl(template._id), "POST", { values: { name: "Ada" } }),
      { anonymous: 401, owner: 404, other: 404, banned: 403, admin: 200 },
    );
    expect((await PromptTemplate.findById(template._id).lean())?.usage_count).toBe(1);
  });

  it("answers ids that are not ids with 404", async () => {
    const admin = actors.clients.admin;
    for (const id of ["not-an-id", "zzzzzzzzzzzzzzzzzzzzzzzz", new Types.ObjectId().toString()]) {
      expect((await admin.fetch(templateUrl(id))).status).toBe(404);
      expect((await admin.json(templateUrl(id), "PATCH", { name: "x" })).status).toBe(404);
      expect((await admin.fetch(templateUrl(id), { method: "DELETE" })).status).toBe(404);
      expect((await admin.json(templateUseUrl(id), "POST", { values: {} })).status).toBe(404);
    }
  });

  it("refuses the admin services to a user even when called directly", async () => {
    const template = await seedTemplate({ name: "Untouched" });
    const user = sessionUserOf(actors.owner);
    const id = template._id.toString();
    const context = { ip: "192.0.2.1" };
    const results = [
      await runAction(() => createTemplate(user, VALID, context)),
      await runAction(() => updateTemplate(user, id, { name: "Taken" }, context)),
      await runAction(() => setTemplateActive(user, id, { isActive: false }, context)),
      await runAction(() => deleteTemplate(user, id, context)),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await PromptTemplate.findById(template._id).lean()).toMatchObject({
      name: "Untouched",
      is_active: true,
    });
    expect(await AuditLog.exists({ target_id: template._id })).toBeNull();
  });
});

describe("creating and changing templates", () => {
  it("creates with extracted variables and defaults", async () => {
    const response = await actors.clients.admin.json("/api/templates", "POST", {
      name: "  Translate  ",
      category: " Language ",
      templateText: "Translate {{ text }} into {{language}}; keep {{text}} short. {{1x}}",
    });
    expect(response.status).toBe(201);
    expect(await body<TemplateDto>(response)).toMatchObject({
      name: "Translate",
      category: "Language",
      description: "",
      variables: ["text", "language"],
      isActive: true,
      usageCount: 0,
    });
  });

  it("re-extracts variables when the text changes and can deactivate", async () => {
    const template = await seedTemplate();
    const response = await actors.clients.admin.json(templateUrl(template._id), "PATCH", {
      templateText: "{{b}} {{a}} {{b}}",
      isActive: false,
      description: "Now described",
    });
    expect(response.status).toBe(200);
    expect(await body<TemplateDto>(response)).toMatchObject({
      variables: ["b", "a"],
      isActive: false,
      description: "Now described",
      name: template.name,
    });
  });

  it("answers each bad field with a 400 naming it, creating and changing nothing", async () => {
    const template = await seedTemplate({ name: "Stable", category: "Kept" });
    const before = await PromptTemplate.countDocuments();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, "name"],
      [{ name: "   " }, "name"],
      [{ name: "x".repeat(81) }, "name"],
      [{ name: 7 }, "name"],
      [{ category: "" }, "category"],
      [{ category: "x".repeat(41) }, "category"],
      [{ category: ["a"] }, "category"],
      [{ description: "x".repeat(501) }, "description"],
      [{ description: null }, "description"],
      [{ templateText: "" }, "templateText"],
      [{ templateText: "  \n " }, "templateText"],
      [{ templateText: "x".repeat(20_001) }, "templateText"],
      [{ templateText: 5 }, "templateText"],
      [{ isActive: "yes" }, "isActive"],
      [{ variables: ["x"] }, "variables"],
      [{ usageCount: 5 }, "usageCount"],
      [{ usage_count: 5 }, "usage_count"],
      [{ created_by: actors.owner.id }, "created_by"],
    ];
    for (const [input, field] of cases) {
      const created = await actors.clients.admin.json("/api/templates", "POST", {
        ...VALID,
        ...input,
      });
      expect(created.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(created), JSON.stringify(input)).toEqual([field]);
      const changed = await actors.clients.admin.json(templateUrl(template._id), "PATCH", input);
      expect(changed.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(changed), JSON.stringify(input)).toEqual([field]);
    }
    const limits = await actors.clients.admin.json("/api/templates", "POST", {
      name: "x".repeat(80),
      category: "y".repeat(40),
      description: "z".repeat(500),
      templateText: "t".repeat(20_000),
    });
    expect(limits.status).toBe(201);
    const missing = await actors.clients.admin.json("/api/templates", "POST", {});
    expect((await fieldsOf(missing)).sort()).toEqual(["category", "name", "templateText"]);
    expect(await PromptTemplate.countDocuments()).toBe(before + 1);
    expect(await PromptTemplate.findById(template._id).lean()).toMatchObject({
      name: "Stable",
      category: "Kept",
      usage_count: 0,
      is_active: true,
    });
  });
});

describe("the audit log", () => {
  const auditOf = (id: string | Types.ObjectId) =>
    AuditLog.find({ target_id: id }).sort({ created_at: 1, _id: 1 }).lean();

  it("records create, update, deactivate, activate and delete with the admin and address", async () => {
    const admin = actors.clients.admin;
    const created = await body<TemplateDto>(
      await admin.json("/api/templates", "POST", { ...VALID, name: "Audited" }),
    );
    await admin.json(templateUrl(created.id), "PATCH", { name: "Audited 2" });
    const adminUser = { ...sessionUserOf(actors.owner, "admin"), id: adminId };
    await setTemplateActive(adminUser, created.id, { isActive: false }, { ip: "192.0.2.7" });
    await setTemplateActive(adminUser, created.id, { isActive: true }, { ip: "192.0.2.7" });
    await admin.fetch(templateUrl(created.id), { method: "DELETE" });

    const entries = await auditOf(created.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      "template.create",
      "template.update",
      "template.deactivate",
      "template.activate",
      "template.delete",
    ]);
    for (const entry of entries) {
      expect(entry.admin_id.toString()).toBe(adminId);
      expect(entry.target_type).toBe("prompt_template");
    }
    const [create, update, deactivate, activate, remove] = entries;
    expect(create?.ip).toBe(admin.address);
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ name: "Audited", template_text: VALID.templateText });
    expect(update?.before).toEqual({ name: "Audited" });
    expect(update?.after).toEqual({ name: "Audited 2" });
    expect(update?.ip).toBe(admin.address);
    expect(deactivate).toMatchObject({
      before: { is_active: true },
      after: { is_active: false },
      ip: "192.0.2.7",
    });
    expect(activate).toMatchObject({ before: { is_active: false }, after: { is_active: true } });
    expect(remove?.before).toMatchObject({ name: "Audited 2" });
    expect(remove?.after).toBeNull();
    expect(remove?.ip).toBe(admin.address);
  });

  it("writes nothing for refused or invalid requests", async () => {
    const template = await seedTemplate();
    await actors.clients.owner.json(templateUrl(template._id), "PATCH", { name: "No" });
    await actors.clients.admin.json(templateUrl(template._id), "PATCH", { name: "" });
    await actors.clients.owner.fetch(templateUrl(template._id), { method: "DELETE" });
    expect(await AuditLog.exists({ target_id: template._id })).toBeNull();
  });
});

describe("listing and searching", () => {
  it("filters by category, searches name and description literally, most used first", async () => {
    const category = `List ${new Types.ObjectId()}`;
    const a = await seedTemplate({ category, name: "Alpha", usage_count: 1 });
    const b = await seedTemplate({ category, name: "Beta (v2)", usage_count: 5 });
    const c = await seedTemplate({ category, name: "Gamma", description: "about BETA things" });
    const d = await seedTemplate({ category, name: "Aardvark", usage_count: 1 });
    await seedTemplate({ category, name: "Beta hidden", is_active: false });
    const client = actors.clients.owner;
    const names = async (query: string) =>
      (await body<Page<TemplateDto>>(await client.fetch(`/api/templates?${query}`))).items.map(
        (template) => template.name,
      );
    const inCategory = `category=${encodeURIComponent(category)}`;
    expect(await names(inCategory)).toEqual([b.name, d.name, a.name, c.name]);
    expect(await names(`${inCategory}&q=beta`)).toEqual([b.name, c.name]);
    expect(await names(`${inCategory}&q=${encodeURIComponent("(v2)")}`)).toEqual([b.name]);
    expect(await names(`${inCategory}&q=${encodeURIComponent(".*")}`)).toEqual([]);
    expect(await names(`${inCategory}&q=`)).toHaveLength(4);
    expect(await names(`${inCategory}&includeInactive=true`)).toHaveLength(4);
    const admin = await actors.clients.admin.fetch(
      `/api/templates?${inCategory}&includeInactive=true`,
    );
    expect((await body<Page<TemplateDto>>(admin)).items).toHaveLength(5);
    const adminDefault = await actors.clients.admin.fetch(`/api/templates?${inCategory}`);
    expect((await body<Page<TemplateDto>>(adminDefault)).items).toHaveLength(4);
  });

  it("answers bad query parameters with a 400 naming them", async () => {
    const client = actors.clients.owner;
    for (const [query, field] of [
      ["includeInactive=maybe", "includeInactive"],
      [`category=${"x".repeat(41)}`, "category"],
      [`q=${"x".repeat(101)}`, "q"],
      ["sort=name", "sort"],
    ]) {
      const response = await client.fetch(`/api/templates?${query}`);
      expect(response.status, query).toBe(400);
      expect(await fieldsOf(response)).toEqual([field]);
    }
  });
});

describe("using a template", () => {
  it("fills the values literally", async () => {
    const template = await seedTemplate({
      template_text: "A={{a}} B={{ b }} A again={{a}}",
      variables: ["a", "b"],
    });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
    const a = "{{b}} $& $1 ${process.env.HOME} \\n";
    const response = await actors.clients.owner.json(templateUseUrl(template._id), "POST", {
      values: { a, b: "$'" },
    });
    expect(response.status).toBe(200);
    expect(await body<{ text: string }>(response)).toEqual({
      text: `A=${a} B=$' A again=${a}`,
    });
  });

  it("answers missing, unknown and bad values with a 400 naming them, counting nothing", async () => {
    const template = await seedTemplate({ template_text: "{{a}} {{b}}", variables: ["a", "b"] });
    const client = actors.clients.owner;
    const cases: [unknown, string[]][] = [
      [{ values: { a: "1" } }, ["values.b"]],
      [{ values: { a: "1", b: "2", c: "3" } }, ["values.c"]],
      [{}, ["values.a", "values.b"]],
      [{ values: { a: 1, b: "2" } }, ["values.a"]],
      [{ values: "a" }, ["values"]],
      [{ values: { a: "1", b: "x".repeat(20_001) } }, ["values.b"]],
      [{ values: { a: "1", b: "2" }, extra: true }, ["extra"]],
    ];
    for (const [input, fields] of cases) {
      const response = await client.json(templateUseUrl(template._id), "POST", input);
      expect(response.status, JSON.stringify(input).slice(0, 80)).toBe(400);
      expect(await fieldsOf(response)).toEqual(fields);
    }
    expect((await PromptTemplate.findById(template._id).lean())?.usage_count).toBe(0);
  });

  it("counts every one of 20 concurrent uses", async () => {
    const template = await seedTemplate({ usage_count: 3 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        actors.clients[i % 2 === 0 ? "owner" : "other"].json(templateUseUrl(template._id), "POST", {
          values: { name: `n${i}` },
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect((await PromptTemplate.findById(template._id).lean())?.usage_count).toBe(23);
  });

  it("stops working for users once deactivated", async () => {
    const template = await seedTemplate();
    const client = actors.clients.owner;
    expect(
      (await client.json(templateUseUrl(template._id), "POST", { values: { name: "x" } })).status,
    ).toBe(200);
    const off = await actors.clients.admin.json(templateUrl(template._id), "PATCH", {
      isActive: false,
    });
    expect(off.status).toBe(200);
    expect(
      (await client.json(templateUseUrl(template._id), "POST", { values: { name: "x" } })).status,
    ).toBe(404);
    expect((await client.fetch(templateUrl(template._id))).status).toBe(404);
    const listed = await body<Page<TemplateDto>>(await client.fetch("/api/templates"));
    expect(listed.items.map((item) => item.id)).not.toContain(template._id.toString());
  });
});
