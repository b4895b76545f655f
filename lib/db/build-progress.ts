/** A package path as `go build -v` prints it when it compiles one. */
const PACKAGE_LINE = /^[\w.~-]+(?:\/[\w.~-]+)*$/;

export interface BuildProgress {
  /** Takes one line of `go build -v`; reports each step of `stepPercent` it crosses. */
  line(text: string): void;
  /** What the build printed that was not a package: its errors, when it fails. */
  errors(): string;
}

/**
 * Turns `go build -v` output into a percentage of the packages `go list
 * -deps` counted. Packages Go had cached are not printed, so a build that
 * was partly done before ends short of 100%, which is fine for a progress
 * line.
 */
export function buildProgress(
  total: number,
  report: (percent: number, built: number) => void,
  stepPercent = 10,
): BuildProgress {
  let built = 0;
  let reported = 0;
  const other: string[] = [];
  return {
    line(text) {
      const trimmed = text.trim();
      if (!trimmed) return;
      if (!PACKAGE_LINE.test(trimmed)) {
        other.push(trimmed);
        return;
      }
      built++;
      const percent = Math.min(
        100,
        Math.floor((built / Math.max(1, total)) * (100 / stepPercent)) * stepPercent,
      );
      if (percent > reported) {
        reported = percent;
        report(percent, built);
      }
    },
    errors: () => other.join("\n"),
  };
}
