"use client";

import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/common/filter-bar";
import { NativeSelect, OptionSelect, type SelectOption } from "@/components/ui/native-select";
import type { Messages } from "@/lib/i18n/messages";
import type { UserFilter } from "./user-filter";

interface UserFilterBarProps {
  search: string;
  onSearch: (search: string) => void;
  filter: UserFilter;
  onChange: (patch: Partial<UserFilter>) => void;
}

type FilterWords = Messages["admin"]["users"]["filter"];

/** A filter's value and the key of its label. */
interface Choice<V extends string> {
  value: V;
  label: keyof FilterWords["options"];
}

/** The column headers sort on wider screens; a phone shows cards, so it gets a menu. */
const PHONE_SORTS: (Pick<UserFilter, "sort" | "order"> & { label: keyof FilterWords["sorts"] })[] =
  [
    { sort: "created", order: "desc", label: "newest" },
    { sort: "created", order: "asc", label: "oldest" },
    { sort: "lastActive", order: "desc", label: "recentlyActive" },
    { sort: "tokens", order: "desc", label: "mostTokens" },
    { sort: "cost", order: "desc", label: "highestCost" },
    { sort: "email", order: "asc", label: "email" },
  ];

const ROLES: Choice<UserFilter["role"]>[] = [
  { value: "", label: "allRoles" },
  { value: "user", label: "users" },
  { value: "admin", label: "admins" },
];

const STATUSES: Choice<UserFilter["banned"]>[] = [
  { value: "", label: "anyStatus" },
  { value: "false", label: "active" },
  { value: "true", label: "banned" },
];

const ACTIVITIES: Choice<UserFilter["active"]>[] = [
  { value: "", label: "anyActivity" },
  { value: "7d", label: "active7" },
  { value: "30d", label: "active30" },
  { value: "inactive", label: "inactive" },
];

const choiceKey = (choice: Pick<UserFilter, "sort" | "order">) => `${choice.sort}:${choice.order}`;

/** Search by name or email; narrow by role, ban and recent activity. */
export function UserFilterBar({ search, onSearch, filter, onChange }: UserFilterBarProps) {
  const t = useTranslations("admin.users.filter");
  const labelled = <V extends string>(choices: Choice<V>[]): SelectOption<V>[] =>
    choices.map((choice) => ({ value: choice.value, label: t(`options.${choice.label}`) }));
  return (
    <FilterBar
      className="grid-cols-2 md:grid-cols-3 lg:grid-cols-[minmax(0,1fr)_10rem_10rem_12rem]"
      searchClassName="col-span-2 md:col-span-3 lg:col-span-1"
      search={{
        value: search,
        onChange: onSearch,
        label: t("search.label"),
        placeholder: t("search.placeholder"),
      }}
    >
      <OptionSelect
        aria-label={t("role")}
        value={filter.role}
        options={labelled(ROLES)}
        onChange={(role) => onChange({ role })}
      />
      <OptionSelect
        aria-label={t("status")}
        value={filter.banned}
        options={labelled(STATUSES)}
        onChange={(banned) => onChange({ banned })}
      />
      <OptionSelect
        aria-label={t("activity")}
        value={filter.active}
        options={labelled(ACTIVITIES)}
        onChange={(active) => onChange({ active })}
      />
      <div className="md:hidden">
        <NativeSelect
          aria-label={t("sortBy")}
          value={choiceKey(filter)}
          onChange={(event) => {
            const choice = PHONE_SORTS.find((option) => choiceKey(option) === event.target.value);
            if (choice) onChange({ sort: choice.sort, order: choice.order });
          }}
        >
          {PHONE_SORTS.some((option) => choiceKey(option) === choiceKey(filter)) ? null : (
            <option value={choiceKey(filter)}>{t("sorts.asOnWide")}</option>
          )}
          {PHONE_SORTS.map((option) => (
            <option key={choiceKey(option)} value={choiceKey(option)}>
              {t(`sorts.${option.label}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
    </FilterBar>
  );
}
