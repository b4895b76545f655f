import type { Model, PipelineStage } from "mongoose";

/**
 * `$group` with several `$sum`s, one aggregation per sum, merged by group.
 * The embedded database (FerretDB 1.x) computes only the first accumulator
 * of a `$group` and answers 0 for the others, so each runs on its own; on
 * MongoDB this costs a few more round trips and gives the same numbers.
 */
export async function groupSums<K extends string, D>(
  model: Model<D>,
  match: PipelineStage.Match["$match"],
  groupBy: string,
  sums: Record<K, string | 1>,
): Promise<Map<string, Record<K, number>>> {
  const names = Object.keys(sums) as K[];
  const results = await Promise.all(
    names.map((name) =>
      model.aggregate<{ _id: unknown; value: number }>([
        { $match: match },
        { $group: { _id: groupBy, value: { $sum: sums[name] } } },
      ]),
    ),
  );
  const groups = new Map<string, Record<K, number>>();
  results.forEach((rows, index) => {
    const name = names[index] as K;
    for (const row of rows) {
      const key = String(row._id);
      const group =
        groups.get(key) ?? (Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>);
      group[name] = row.value;
      groups.set(key, group);
    }
  });
  return groups;
}
