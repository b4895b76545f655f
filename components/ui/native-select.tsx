import { ChevronDown } from "lucide-react";
import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A styled native <select>: on phones it opens the platform picker, and it
 * needs no extra dependency for the few short option lists the app has.
 */
const NativeSelect = React.forwardRef<HTMLSelectElement, React.ComponentProps<"select">>(
  ({ className, children, ...props }, ref) => (
    <div className="relative">
      <select
        ref={ref}
        className={cn(
          "flex h-10 w-full appearance-none rounded-md border border-input bg-background py-2 pl-3 pr-9 text-base shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background disabled:cursor-not-allowed disabled:opacity-50 aria-[invalid=true]:border-destructive md:text-sm",
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        className="pointer-events-none absolute right-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden="true"
      />
    </div>
  ),
);
NativeSelect.displayName = "NativeSelect";

export { NativeSelect };

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

type OptionSelectProps<V extends string> = Omit<
  React.ComponentProps<"select">,
  "value" | "onChange" | "children"
> & {
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
};

/** A native select over a fixed list of choices, typed by their values. */
export function OptionSelect<V extends string>({
  options,
  onChange,
  ...props
}: OptionSelectProps<V>) {
  return (
    <NativeSelect {...props} onChange={(event) => onChange(event.target.value as V)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}
