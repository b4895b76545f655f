/** What the admin area shows; the services in lib/admin/ build these. */

import type { ActivitySummary } from "@/lib/observability/activity";
import type { HealthDetail } from "@/lib/system/health";

export type DashboardRange = 7 | 30 | 90;

export interface DashboardDto {
  range: DashboardRange;
  /** UTC days, oldest first, one entry per day of the range (zeros included). */
  days: string[];
  headline: {
    users: number;
    activeLast7Days: number;
    activeLast30Days: number;
    newThisWeek: number;
    conversations: number;
    messages: number;
    /** Over the range. */
    tokens: number;
    costUsd: number;
    imagesGenerated: number;
    arenaVotes: number;
  };
  /** One point per day of `days`. */
  perDay: { day: string; replies: number; tokens: number; costUsd: number; newUsers: number }[];
  /** Top 10 by cost over the range. */
  byModel: { modelId: string; replies: number; tokens: number; costUsd: number }[];
  /** Top 10 by tokens over the range. */
  topUsers: {
    userId: string;
    displayName: string;
    email: string;
    tokens: number;
    costUsd: number;
  }[];
}

export interface AdminUserRowDto {
  id: string;
  email: string;
  displayName: string;
  role: "user" | "admin";
  isBanned: boolean;
  banReason: string | null;
  tokensUsed: number;
  /** -1: unlimited. */
  tokensLimit: number;
  costUsd: number;
  /** -1: unlimited. */
  monthlyBudgetUsd: number;
  messagesSent: number;
  lastActive: string | null;
  createdAt: string;
}

export interface AdminUserDetailDto extends AdminUserRowDto {
  bio: string;
  avatarUrl: string;
  conversations: number;
  /** This calendar month (UTC), against the monthly budget. */
  costThisMonthUsd: number;
  byModel: { modelId: string; replies: number; tokens: number; costUsd: number }[];
  apiKeys: number;
}

export interface AuditEntryDto {
  id: string;
  admin: { id: string; displayName: string; email: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The target's name when it is a user or a config that still exists. */
  targetLabel: string | null;
  before: unknown;
  after: unknown;
  reason: string;
  ip: string | null;
  createdAt: string;
}

/** The System page: this instance's health and the last hour of its traffic. */
export interface SystemStatusDto {
  /** When this was read (ISO). */
  at: string;
  health: HealthDetail;
  activity: ActivitySummary;
}

/** The embedded database nearing what it was measured to serve well. */
export interface CapacityDto {
  messages: number;
  activeThisWeek: number;
  limits: { messages: number; activeThisWeek: number };
}
