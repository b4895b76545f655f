import { describe, expect, it } from "vitest";
import { buildProgress } from "@/lib/db/build-progress";

describe("the embedded database's build progress", () => {
  it("reports each tenth of the packages once, in order", () => {
    const reports: Array<[number, number]> = [];
    const progress = buildProgress(20, (percent, built) => reports.push([percent, built]));
    for (let i = 0; i < 20; i++) progress.line(`github.com/example/pkg${i}`);
    expect(reports.map(([percent]) => percent)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(reports.at(-1)).toEqual([100, 20]);
  });

  it("keeps what is not a package line as the build's errors", () => {
    const reports: number[] = [];
    const progress = buildProgress(4, (percent) => reports.push(percent));
    progress.line("internal/abi");
    progress.line("# github.com/example/broken");
    progress.line("./main.go:12:2: undefined: nope");
    progress.line("   ");
    expect(reports).toEqual([20]);
    expect(progress.errors()).toBe("# github.com/example/broken\n./main.go:12:2: undefined: nope");
  });

  it("never passes 100% when Go compiles more than it listed", () => {
    const reports: number[] = [];
    const progress = buildProgress(2, (percent) => reports.push(percent));
    for (const name of ["a", "b", "c", "d"]) progress.line(name);
    expect(reports).toEqual([50, 100]);
  });
});
