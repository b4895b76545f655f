import type { Types } from "mongoose";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";

// Every reply a few paragraphs with a list and some code, as real answers are.
const REPLY = [
  "Here is how it works, step by step.",
  "1. Read the input.\n2. Check it.\n3. Answer with **the result**.",
  "```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```",
  "That is all there is to it; ask if a step is unclear.",
].join("\n\n");

/** The question of turn `turn` (from 1) in a seeded conversation. */
export const question = (turn: number) => `Question ${turn}: how does this work?`;

/**
 * A conversation of `count` messages written straight to the database,
 * question and answer in turn on one branch: a long chat without the model
 * calls (and their rate limits) it would take to have one.
 */
export async function seedConversation(
  userId: Types.ObjectId | string,
  count: number,
): Promise<string> {
  const conversation = await Conversation.create({
    user_id: userId,
    model_id: "fake/slow",
    title: `${count} messages`,
  });
  let parent: unknown = null;
  const docs = [];
  for (let index = 0; index < count; index++) {
    const doc = new Message({
      conversation_id: conversation._id,
      user_id: userId,
      parent_id: parent,
      role: index % 2 === 0 ? "user" : "assistant",
      content: index % 2 === 0 ? question(index / 2 + 1) : REPLY,
      created_at: new Date(Date.now() - (count - index) * 1_000),
    });
    docs.push(doc);
    parent = doc._id;
  }
  await Message.insertMany(docs);
  await Conversation.updateOne(
    { _id: conversation._id },
    { $set: { message_count: count, current_leaf_id: parent } },
  );
  return conversation._id.toString();
}
