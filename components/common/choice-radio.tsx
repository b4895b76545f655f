import type { ComponentProps } from "react";

type ChoiceRadioProps<V extends string> = Omit<
  ComponentProps<"input">,
  "type" | "value" | "checked" | "onChange"
> & {
  value: V;
  /** The choice made so far; this radio is checked when it is its own value. */
  selected: V;
  onChoose: (value: V) => void;
};

/** One radio of a picker whose choices are drawn by their labels (swatches, shapes, cards). */
export function ChoiceRadio<V extends string>({
  value,
  selected,
  onChoose,
  ...props
}: ChoiceRadioProps<V>) {
  return (
    <input
      type="radio"
      value={value}
      checked={selected === value}
      onChange={() => onChoose(value)}
      {...props}
    />
  );
}
