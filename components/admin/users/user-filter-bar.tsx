"use client";

import { FilterBar } from "@/components/common/filter-bar";
import { NativeSelect, OptionSelect, type SelectOption } from "@/components/ui/native-select";
import type { UserFilter } from "./user-filter";

interface UserFilterBarProps {
  search: string;
  onSearch: (search: string) => void;
  filter: UserFilter;
  onChange: (patch: Partial<UserFilter>) => void;
}

type SortChoice = Pick<UserFilter, "sort" | "order"> & { label: string };

/** The column headers sort on wider screens; a phone shows cards, so it gets a menu. */
const PHONE_SORTS: SortChoice[] = [
  { sort: "created", order: "desc", label: "Newest first" },
  { sort: "created", order: "asc", label: "Oldest first" },
  { sort: "lastActive", order: "desc", label: "Recently active" },
  { sort: "tokens", order: "desc", label: "Most tokens" },
  { sort: "cost", order: "desc", label: "Highest cost" },
  { sort: "email", order: "asc", label: "Email, A to Z" },
];

const ROLES: SelectOption<UserFilter["role"]>[] = [
  { value: "", label: "All roles" },
  { value: "user", label: "Users" },
  { value: "admin", label: "Admins" },
];

const STATUSES: SelectOption<UserFilter["banned"]>[] = [
  { value: "", label: "Any status" },
  { value: "false", label: "Active" },
  { value: "true", label: "Banned" },
];

const ACTIVITIES: SelectOption<UserFilter["active"]>[] = [
  { value: "", label: "Any activity" },
  { value: "7d", label: "Active in the last 7 days" },
  { value: "30d", label: "Active in the last 30 days" },
  { value: "inactive", label: "Not active for 30 days" },
];

const choiceKey = (choice: Pick<UserFilter, "sort" | "order">) => `${choice.sort}:${choice.order}`;

/** Search by name or email; narrow by role, ban and recent activity. */
export function UserFilterBar({ search, onSearch, filter, onChange }: UserFilterBarProps) {
  return (
    <FilterBar
      className="grid-cols-2 md:grid-cols-3 lg:grid-cols-[minmax(0,1fr)_10rem_10rem_12rem]"
      searchClassName="col-span-2 md:col-span-3 lg:col-span-1"
      search={{
        value: search,
        onChange: onSearch,
        label: "Search users",
        placeholder: "Search by name or email",
      }}
    >
      <OptionSelect
        aria-label="Role"
        value={filter.role}
        options={ROLES}
        onChange={(role) => onChange({ role })}
      />
      <OptionSelect
        aria-label="Status"
        value={filter.banned}
        options={STATUSES}
        onChange={(banned) => onChange({ banned })}
      />
      <OptionSelect
        aria-label="Activity"
        value={filter.active}
        options={ACTIVITIES}
        onChange={(active) => onChange({ active })}
      />
      <div className="md:hidden">
        <NativeSelect
          aria-label="Sort by"
          value={choiceKey(filter)}
          onChange={(event) => {
            const choice = PHONE_SORTS.find((option) => choiceKey(option) === event.target.value);
            if (choice) onChange({ sort: choice.sort, order: choice.order });
          }}
        >
          {PHONE_SORTS.some((option) => choiceKey(option) === choiceKey(filter)) ? null : (
            <option value={choiceKey(filter)}>As sorted on a wider screen</option>
          )}
          {PHONE_SORTS.map((option) => (
            <option key={choiceKey(option)} value={choiceKey(option)}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </FilterBar>
  );
}
