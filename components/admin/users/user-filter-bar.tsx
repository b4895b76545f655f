"use client";

import { NativeSelect } from "@/components/ui/native-select";
import { SearchField } from "@/components/ui/search-field";
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

const choiceKey = (choice: Pick<UserFilter, "sort" | "order">) => `${choice.sort}:${choice.order}`;

/** Search by name or email; narrow by role, ban and recent activity. */
export function UserFilterBar({ search, onSearch, filter, onChange }: UserFilterBarProps) {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-[minmax(0,1fr)_10rem_10rem_12rem]">
      <div className="col-span-2 md:col-span-3 lg:col-span-1">
        <SearchField
          value={search}
          onChange={onSearch}
          label="Search users"
          placeholder="Search by name or email"
        />
      </div>
      <NativeSelect
        aria-label="Role"
        value={filter.role}
        onChange={(event) => onChange({ role: event.target.value as UserFilter["role"] })}
      >
        <option value="">All roles</option>
        <option value="user">Users</option>
        <option value="admin">Admins</option>
      </NativeSelect>
      <NativeSelect
        aria-label="Status"
        value={filter.banned}
        onChange={(event) => onChange({ banned: event.target.value as UserFilter["banned"] })}
      >
        <option value="">Any status</option>
        <option value="false">Active</option>
        <option value="true">Banned</option>
      </NativeSelect>
      <NativeSelect
        aria-label="Activity"
        value={filter.active}
        onChange={(event) => onChange({ active: event.target.value as UserFilter["active"] })}
      >
        <option value="">Any activity</option>
        <option value="7d">Active in the last 7 days</option>
        <option value="30d">Active in the last 30 days</option>
        <option value="inactive">Not active for 30 days</option>
      </NativeSelect>
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
    </div>
  );
}
