import { execFile } from "node:child_process";
import { chmod, copyFile, cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const FERRETDB = "github.com/FerretDB/FerretDB";
const SQLITE_BACKEND = "internal/backends/sqlite";

/**
 * FerretDB's SQLite backend pushes a filter down to SQLite only when it is
 * exactly `{_id: …}`: every other query (a user's conversations, a
 * conversation's messages) reads the whole table. The embedded database is
 * built from FerretDB with `tools/embedded-db/_ferretdb/sqlite_pushdown.go`
 * added to that backend, and its query and explain paths calling it.
 */
const EDITS: { from: string; to: string }[] = [
  {
    from: `	if params.Filter.Len() == 1 {
		v, _ := params.Filter.Get("_id")
		switch v.(type) {
		case string, types.ObjectID:
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		}
	}
`,
    to: `	whereClause, args = prepareWhereClause(params.Filter)
`,
  },
  {
    from: `	if params.Filter.Len() == 1 {
		v, _ := params.Filter.Get("_id")
		switch v.(type) {
		case string, types.ObjectID:
			filterPushdown = true
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		}
	}
`,
    to: `	whereClause, args = prepareWhereClause(params.Filter)
	filterPushdown = whereClause != ""
`,
  },
];

/** What the patch is made of, for the binary's cache key. */
export const FERRETDB_EDITS = JSON.stringify(EDITS);

const run = promisify(execFile);

/**
 * Copies FerretDB's module out of Go's module cache into `buildDir`, patches
 * it, and writes a go.mod (with its go.sum) that builds the launcher
 * against the copy: the path to pass to `go build -modfile`.
 */
export async function patchFerretDb(sourceDir: string, buildDir: string): Promise<string> {
  const { stdout } = await run("go", ["mod", "download", "-json", FERRETDB], {
    cwd: sourceDir,
    maxBuffer: 4 * 1024 * 1024,
  });
  const { Dir } = JSON.parse(stdout) as { Dir: string };
  const copy = path.join(buildDir, "ferretdb");
  await cp(Dir, copy, { recursive: true });
  await makeWritable(copy);

  const backend = path.join(copy, SQLITE_BACKEND);
  const collection = path.join(backend, "collection.go");
  let source = await readFile(collection, "utf8");
  for (const { from, to } of EDITS) {
    if (source.split(from).length !== 2) {
      throw new Error(`FerretDB's ${SQLITE_BACKEND}/collection.go is not the version patched here`);
    }
    source = source.replace(from, to);
  }
  await writeFile(collection, source);
  await copyFile(
    path.join(sourceDir, "_ferretdb", "sqlite_pushdown.go"),
    path.join(backend, "sqlite_pushdown.go"),
  );

  const modfile = path.join(buildDir, "go.mod");
  const mod = await readFile(path.join(sourceDir, "go.mod"), "utf8");
  await writeFile(modfile, `${mod}\nreplace ${FERRETDB} => ${copy}\n`);
  await copyFile(path.join(sourceDir, "go.sum"), path.join(buildDir, "go.sum"));
  return modfile;
}

/** Go's module cache is read-only; the copy is edited, and removed afterwards. */
async function makeWritable(root: string): Promise<void> {
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    await chmod(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}
