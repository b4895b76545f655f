import mongoose, { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The embedded database hands equality filters on ObjectIds and plain
 * strings to SQLite, so that an index finds the rows. MongoDB's answers must
 * not change: a field that holds an array matches an equal element, strings
 * that JSON escapes still match exactly, and the rest of a filter applies.
 */

let connection: mongoose.Connection;
let probe: mongoose.mongo.Collection;
const owners = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
const [first, second, third] = owners as [Types.ObjectId, Types.ObjectId, Types.ObjectId];
const awkward = ['a "quoted" & <tagged> \\ path', "naïve café ✓", "line\nbreak", "1234"];

interface Row {
  n: number;
  owner: Types.ObjectId | Types.ObjectId[];
  tag: string | string[];
  done: boolean;
}

const rows: Row[] = [
  { n: 0, owner: first, tag: "plain", done: false },
  { n: 1, owner: second, tag: "plain", done: true },
  { n: 2, owner: [first, third], tag: ["plain", "other"], done: false },
  { n: 3, owner: [second], tag: awkward, done: false },
  ...awkward.map((tag, i) => ({ n: 4 + i, owner: third, tag, done: i % 2 === 0 })),
  { n: 8, owner: first, tag: "1234", done: true },
];

beforeAll(async () => {
  connection = await mongoose
    .createConnection(process.env.MONGODB_URI ?? "", { serverSelectionTimeoutMS: 5_000 })
    .asPromise();
  probe = connection.collection(`pushdown_${new Types.ObjectId()}`);
  await probe.createIndex({ owner: 1, done: 1 });
  await probe.createIndex({ tag: 1 });
  await probe.insertMany(rows.map((row) => ({ ...row })));
  // A number is not the string of its digits.
  await probe.insertOne({ n: 9, owner: first, tag: 1234, done: false });
});

afterAll(async () => {
  await probe.drop();
  await connection.close();
});

async function found(filter: Record<string, unknown>): Promise<number[]> {
  const docs = await probe.find(filter).sort({ n: 1 }).toArray();
  return docs.map((doc) => doc.n as number);
}

describe("the embedded database's equality filters", () => {
  it("match an ObjectId in a field and in an array the field holds", async () => {
    expect(await found({ owner: first })).toEqual([0, 2, 8, 9]);
    expect(await found({ owner: second })).toEqual([1, 3]);
    expect(await found({ owner: third })).toEqual([2, 4, 5, 6, 7]);
    expect(await found({ owner: new Types.ObjectId() })).toEqual([]);
  });

  it("match strings exactly, whatever JSON escapes in them", async () => {
    expect(await found({ tag: "plain" })).toEqual([0, 1, 2]);
    expect(await found({ tag: "1234" })).toEqual([3, 7, 8]);
    for (const [i, tag] of awkward.entries()) {
      expect(await found({ tag })).toContain(4 + i);
      expect(await found({ tag })).toContain(3);
    }
    expect(await found({ tag: "plain " })).toEqual([]);
  });

  it("apply the rest of the filter to what the index finds", async () => {
    expect(await found({ owner: first, done: false })).toEqual([0, 2, 9]);
    expect(await found({ owner: third, tag: "naïve café ✓" })).toEqual([5]);
    expect(await found({ owner: first, tag: "plain", n: { $gt: 0 } })).toEqual([2]);
    expect(await probe.countDocuments({ owner: second })).toBe(2);
  });

  it("update and delete exactly the documents they match", async () => {
    await probe.updateMany({ owner: second }, { $set: { touched: true } });
    expect(await found({ touched: true })).toEqual([1, 3]);
    await probe.deleteMany({ owner: second, touched: true });
    expect(await found({ owner: second })).toEqual([]);
    await probe.insertMany(rows.filter((row) => row.n === 1 || row.n === 3));
  });

  it("read through the index", async () => {
    const explained = (await probe.find({ owner: first, done: false }).explain()) as {
      queryPlanner: { Plan?: string[]; winningPlan?: { inputStage?: { stage?: string } } };
    };
    const plan = explained.queryPlanner.Plan;
    // MongoDB (MONGODB_URI) plans its own way; the embedded database shows SQLite's plan.
    if (plan) expect(plan.join("\n")).toMatch(/USING INDEX \S+owner_1_done_1/);
    else expect(JSON.stringify(explained.queryPlanner)).toContain("IXSCAN");
  });
});
